"""Turkish given names and surnames for demo households (common in Bursa's older generation)."""

from __future__ import annotations

FEMALE_NAMES = (
    "Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Hanife", "Şerife", "Gülsüm", "Nurten",
    "Sevim", "Müzeyyen", "Saniye", "Naciye", "Hayriye", "Zöhre", "Dürdane", "Ümmühan",
    "Cemile", "Gülizar", "Şükriye", "Meryem", "Havva", "Nazmiye", "Fadime", "Kezban",
    "Türkan", "Gülten", "Nezihe", "Şöhret", "Müberra", "İkbal", "Sıdıka", "Gönül", "Nermin",
)  # fmt: skip

MALE_NAMES = (
    "Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman",
    "Yusuf", "Şükrü", "Ömer", "Süleyman", "Ramazan", "Halil", "Recep", "Yaşar", "Nuri",
    "Cemal", "İlhan", "Rıza", "Kâzım", "Necati", "Şevket", "Muharrem", "Hayri", "Cengiz",
    "Sabri", "Bekir", "Tevfik", "Nihat", "Ümit", "Erdoğan", "Sıtkı",
)  # fmt: skip

SURNAMES = (
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın",
    "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan",
    "Şimşek", "Polat", "Özcan", "Korkmaz", "Çakır", "Erdoğan", "Yavuz", "Can", "Acar", "Şen",
    "Aktaş", "Güler", "Bozkurt", "Güneş", "Gül", "Ünal", "Turan", "Keskin", "İnce", "Uçar",
    "Bulut", "Kaplan", "Işık", "Tekin", "Ateş", "Karagöz", "Sarıkaya", "Akgül", "Uysal",
    "Köse", "Çiftçi", "Tuncer", "Ekinci", "Sönmez", "Gündoğdu", "Bayram", "Bayraktar",
    "Altıntaş", "Kahraman", "Erdem", "Durmaz", "Karaca", "Oğuz", "Savaş", "Ilgaz", "Dağlı",
)  # fmt: skip

# Mobile operator prefixes (Türk Telekom 50x/55x, Turkcell 53x, Vodafone 54x).
MOBILE_PREFIXES = (
    "501", "505", "506", "507", "530", "531", "532", "533", "534", "535", "536", "537",
    "538", "539", "541", "542", "543", "544", "545", "546", "549", "551", "552", "553",
    "554", "555", "559",
)  # fmt: skip
