"""Turkish and English labels of the parcel pages: staff month and day, driver pages (issue 13).

`domain.lang.labels` merges these into its one catalogue: `label(key, lang)` reads `LABELS`,
and `page_labels()` sends `PAGE` to the staff page. A key defined twice in the
catalogues fails at import.
"""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    # key: (Turkish, English)
    "parcel_no_route": (
        "{day} için size yayımlanmış koli rotası yok",
        "no parcel route is published to you for {day}",
    ),
    "parcel_delivered": ("Teslim edildi olarak kaydedildi", "Recorded as delivered"),
    "parcel_moved_to": ("Evde yoktu: aile {day} gününe alındı", "Not at home: moved to {day}"),
    "parcel_no_day_left": (
        "Evde yoktu: bu dönemde uygun gün kalmadı; aile ulaşılamayanlar listesinde",
        "Not at home: no day left in this cycle; listed as not reached",
    ),
}

PAGE: dict[str, tuple[str, str]] = {
    # words of the staff page's module
    "tab_parcels": ("Koli dağıtımı", "Parcels"),
    "parcel_month": ("Ay", "Month"),
    "parcel_plan_month": ("Ayı planla", "Plan month"),
    "parcel_show_month": ("Takvimi göster", "Show calendar"),
    "parcel_not_planned": ("Bu ay henüz planlanmadı", "This month is not planned yet"),
    "parcel_families": ("aile", "families"),
    "parcel_kg": ("kg", "kg"),
    "parcel_day_title": ("Koli günü", "Parcel day"),
    "parcel_route": ("Rota", "Route"),
    "parcel_van": ("Araç", "Van"),
    "parcel_crew": ("Ekip", "Crew"),
    "parcel_driver": ("Şoför", "Driver"),
    "parcel_depart": ("Çıkış", "Departs"),
    "parcel_back": ("Dönüş", "Back"),
    "parcel_driving": ("Sürüş", "Driving"),
    "parcel_seq": ("Sıra", "No."),
    "parcel_family": ("Aile", "Family"),
    "parcel_address": ("Adres", "Address"),
    "parcel_arrival": ("Varış", "Arrival"),
    "parcel_load": ("Yükleme sırası", "Loading order"),
    "parcel_boxes": ("Koliler", "Parcels"),
    "parcel_two": ("2 kişi", "2 people"),
    "parcel_two_hint": (
        "İki kişi gerekir: merdiven, asansör yok",
        "Two people needed: stairs, no lift",
    ),
    "parcel_publish": ("Şoförlere yayımla", "Publish to drivers"),
    "parcel_status": ("Durum", "Status"),
    "parcel_unserved": ("Ulaşılamayanlar", "Not served"),
    "parcel_delivered_btn": ("Teslim edildi", "Delivered"),
    "parcel_not_home_btn": ("Evde yok", "Not at home"),
    "parcel_my_route": ("Koli rotam", "My parcel route"),
    "parcel_planning": ("Planlanıyor…", "Planning…"),
    "parcel_total": ("Toplam", "Total"),
}
