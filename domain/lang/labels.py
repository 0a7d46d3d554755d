"""Every label shown to a person, Turkish (default) and English, and the formats around them.

Route sheets, driver pages, maps, the API and the CLI read their words here. Turkish upper-casing
goes through `domain.lang.turkish.upper()`: plain `str.upper()` turns "i" into "I", not "İ".
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from domain.clock import round_to_minute
from domain.lang import intake_labels, parcel_page_labels, reports_labels, visits_labels
from domain.lang.numbers import format_number

Lang = Literal["tr", "en"]
LANGS: tuple[Lang, ...] = ("tr", "en")

OSM_CREDIT = "© OpenStreetMap contributors"


class UnsupportedLanguageError(ValueError):
    """The requested language has no labels; the message lists the ones there are."""


_LABELS: dict[str, tuple[str, str]] = {
    # key: (Turkish, English)
    "section_title": ("ROTA KAĞIDI", "ROUTE SHEET"),
    "route": ("Rota", "Route"),
    "driver": ("Şoför", "Driver"),
    "van": ("Araç", "Van"),
    "shift": ("Öğün", "Shift"),
    "date": ("Tarih", "Date"),
    "departure": ("Mutfaktan çıkış", "Leave kitchen"),
    "return": ("Mutfağa dönüş", "Back at kitchen"),
    "stops": ("Durak", "Stops"),
    "meals_total": ("Yükle", "Load"),
    "portions": ("porsiyon", "meals"),
    "portion": ("porsiyon", "meal"),
    "driving": ("Sürüş", "Driving"),
    "longest_ride": ("En uzun taşıma", "Longest ride"),
    "limit": ("sınır", "limit"),
    "col_no": ("No", "No."),
    "col_time": ("Saat", "Time"),
    "col_household": ("Ad · Adres · Telefon", "Name · Address · Phone"),
    "col_handover": ("Verilecek", "Hand over"),
    "col_notes": ("Not", "Notes"),
    "delivered": ("Teslim edildi", "Delivered"),
    "not_home": ("Evde yok", "Not at home"),
    "trip": ("{n}. sefer", "Trip {n}"),
    "trips": ("{n} sefer", "{n} trips"),
    "map_numbers": ("numaralar durak sırası", "numbers show the stop order"),
    "map_trips": ("düz çizgi 1. sefer, kesikli 2. sefer", "solid line trip 1, dashed trip 2"),
    "trip_first": ("{n}. sefer — yükle: {load}", "Trip {n} — load {load}"),
    "trip_reload": (
        "{n}. sefer — mutfağa dön, yükle: {load}",
        "Trip {n} — back to the kitchen, load {load}",
    ),
    "continued": ("devam", "continued"),
    "page": ("Sayfa {i}/{n}", "Page {i} of {n}"),
    "phone": ("Tel", "Tel"),
    "call": ("Ara", "Call"),
    "navigate": ("Yol tarifi", "Navigate"),
    "google_maps": ("Google Haritalar", "Google Maps"),
    "osm": ("OpenStreetMap", "OpenStreetMap"),
    "kitchen": ("Mutfak", "Kitchen"),
    "map_title": ("Teslimat haritası", "Delivery map"),
    "unserved": ("Teslim edilemeyenler", "Unserved households"),
    "returned_at": ("Dönüş saati", "Returned at"),
    "signature": ("İmza", "Signature"),
    "no_stops": ("Bu rotada durak yok.", "This route has no stops."),
    "arrival": ("Varış", "Arrival"),
    "notes": ("Not", "Notes"),
    "hour_abbr": ("sa", "h"),
    "minute_abbr": ("dk", "min"),
    "driver_page_title": ("Rota", "Route"),
    "held": ("Askıdakiler", "Held households"),
    "held_on_hold": ("askıda", "on hold"),
    "held_cancelled": ("bu öğün iptal", "cancelled for this shift"),
    "held_until": ("bitiş {date}", "until {date}"),
    # Imports, CLI options and other edges where a person's input is refused.
    "unknown_column_suggest": (
        "`{header}`: bilinmeyen sütun; `{suggestion}` olabilir mi? Bilinmeyen sütunlar kabul "
        "edilmez (yanlış yazılmış bir sütun bir alanı boşaltmasın): adını düzeltin ya da "
        "fazladan sütunlara izin verin",
        "`{header}`: did you mean `{suggestion}`? Unknown columns are refused (a misspelt one "
        "would empty a field): rename it, or allow extra columns to leave it out",
    ),
    "unknown_column": (
        "`{header}`: bilinmeyen sütun; bilinen sütunlar: {known}. Adını düzeltin ya da "
        "fazladan sütunlara izin verin",
        "`{header}`: unknown column; the known columns are {known}. Rename it, or allow extra "
        "columns to leave it out",
    ),
    "unnamed_column": (
        "{column} sütununda değerler var ama başlığı boş; başlığını yazın ya da fazladan "
        "sütunlara izin verin",
        "column {column} has values but no header; name it, or allow extra columns to leave it out",
    ),
    "unsupported_lang": (
        "'{code}' dili yok; {langs} yazın",
        "language '{code}' is not supported; use {langs}",
    ),
    "bad_date": (
        "'{text}' tarih olarak okunamadı; 2025-01-31 ya da 31.01.2025 diye yazın",
        "'{text}' is not a date; write 2025-01-31 or 31.01.2025",
    ),
    "date_out_of_range": (
        "{text} {low}..{high} aralığının dışında; yılı kontrol edin",
        "{text} is outside {low}..{high}; check the year",
    ),
    "out_not_a_folder": (
        "{path} bir klasör değil; başka bir --out verin",
        "{path} is not a folder; give another --out",
    ),
    # accounts: password policy, login throttling
    "password_too_short": (
        "Parola en az {n} karakter olmalı.",
        "The password must have at least {n} characters.",
    ),
    "password_too_long": (
        "Parola en çok {n} karakter olabilir.",
        "The password may have at most {n} characters.",
    ),
    "password_has_username": (
        "Parola kullanıcı adını içermemeli.",
        "The password must not contain the username.",
    ),
    "password_common": (
        "Bu parola çok yaygın, kolayca tahmin edilir; başka bir parola seçin (örneğin birkaç "
        "kelimelik bir cümle).",
        "This password is too common and easily guessed; choose another one (a phrase of "
        "several words, for example).",
    ),
    "password_predictable": (
        "Bu parola tahmin edilebilir: yaygın parolalardan, sıralı ya da tekrarlanan "
        "karakterlerden veya bir yıldan oluşuyor; başka bir parola seçin.",
        "This password is predictable: it is made of common passwords, runs of letters, digits "
        "or keys, repeated characters or a year; choose another one.",
    ),
    "login_throttled_account": (
        "Bu hesap için çok fazla hatalı giriş denemesi oldu; {seconds} saniye sonra yeniden "
        "deneyin ya da yöneticiden parolanızı sıfırlamasını isteyin.",
        "Too many failed logins for this account; try again in {seconds} seconds, or ask an "
        "admin to reset your password.",
    ),
    "login_throttled_address": (
        "Bu adresten çok fazla hatalı giriş denemesi oldu; {seconds} saniye sonra yeniden deneyin.",
        "Too many failed logins from this address; try again in {seconds} seconds.",
    ),
    "login_busy": (
        "Sunucu şu anda başka girişleri denetliyor; {seconds} saniye sonra yeniden deneyin.",
        "The server is busy checking other logins; try again in {seconds} seconds.",
    ),
}

_DIETS: dict[str, tuple[str, str]] = {
    "gluten_free": ("GLÜTENSİZ", "GLUTEN-FREE"),
    "diabetic": ("DİYABETİK", "DIABETIC"),
    "soft_food": ("YUMUŞAK", "SOFT FOOD"),
    "low_salt": ("AZ TUZLU", "LOW SALT"),
    "vegetarian": ("VEJETARYEN", "VEGETARIAN"),
}

_UNSERVED_REASONS: dict[str, tuple[str, str]] = {
    # routing.model.UnservedReason values (domain imports no routing)
    "unreachable": ("yol ağından ulaşılamıyor", "unreachable on the road network"),
    "window_infeasible": ("teslim saatine yetişilemiyor", "delivery window cannot be met"),
    "ride_limit_infeasible": ("sıcak yemek süresi aşılıyor", "hot-meal ride limit cannot be met"),
    "skill_missing": ("uygun sürücü/araç yok", "no van or driver with the needed skill"),
    "demand_exceeds_capacity": ("araç kapasitesini aşıyor", "more meals than a van carries"),
    "capacity_exhausted": ("filo kapasitesi yetmiyor", "fleet capacity exhausted"),
    "shift_time_exhausted": ("vardiya süresi yetmiyor", "shift time exhausted"),
}

_PARCEL_LABELS: dict[str, tuple[str, str]] = {
    # food parcels (domain.parcels, scheduler.parcels, sheets.parcel_*, cli.parcels)
    "parcel_sheet_title": ("KOLİ DAĞITIM KAĞIDI", "PARCEL ROUND SHEET"),
    "parcel_standard": ("Standart koli", "Standard parcel"),
    "parcel_large": ("Büyük koli", "Large parcel"),
    "parcel_gluten_free": ("Glütensiz koli", "Gluten-free parcel"),
    "parcel_bayram": ("Bayram kolisi", "Bayram parcel"),
    "two_person": ("2 KİŞİ", "2 PEOPLE"),
    "two_person_note": (
        "2 KİŞİ: merdiven, asansör yok — koliler iki kişiyle taşınır",
        "2 PEOPLE: stairs, no lift — two carry the parcels",
    ),
    "warehouse": ("Depo", "Warehouse"),
    "neighbourhood": ("Mahalle", "Neighbourhood"),
    "col_trip": ("Sefer", "Trip"),
    "col_ref": ("Kayıt no", "Ref"),
    "col_detail": ("Ayrıntı", "Detail"),
    "leave_warehouse": ("Depodan çıkış", "Leave warehouse"),
    "back_at_warehouse": ("Depoya dönüş", "Back at warehouse"),
    "half_morning": ("Sabah", "Morning"),
    "half_afternoon": ("Öğleden sonra", "Afternoon"),
    "crew": ("Ekip", "Crew"),
    "loading_list": ("Yükleme listesi", "Loading list"),
    "loading_hint": (
        "İlk yüklenen en son teslim edilir: listeyi yukarıdan aşağı yükleyin",
        "What goes in first comes out last: load from the top of the list down",
    ),
    "col_load_order": ("Sıra", "Order"),
    "col_stop": ("Durak", "Stop"),
    "col_family": ("Aile · Adres · Telefon", "Family · Address · Phone"),
    "col_parcels": ("Koliler", "Parcels"),
    "col_weight": ("Ağırlık", "Weight"),
    "col_volume": ("Hacim", "Volume"),
    "kg_total": ("{kg} kg", "{kg} kg"),
    "litres_total": ("{litres} L", "{litres} L"),
    "load_line": ("Yük: {kg} kg, {litres} L, {n} aile", "Load: {kg} kg, {litres} L, {n} families"),
    "sum_day": ("Gün", "Day"),
    "sum_families": ("Aile", "Families"),
    "sum_kg": ("kg", "kg"),
    "sum_vans": ("Araç", "Vans"),
    "sum_driving": ("Sürüş", "Driving"),
    "sum_km": ("km", "km"),
    "sum_unserved": ("Teslim edilemeyen", "Unserved"),
    "sum_total": ("Toplam", "Total"),
    "month_title": ("{month}: koli takvimi", "{month}: parcel calendar"),
    "calendar_families": ("Aile / gün", "Families per day"),
    "calendar_kg": ("kg / gün", "kg per day"),
    "stage_assign": ("Günler seçiliyor", "Choosing days"),
    "stage_route": ("Günler rotalanıyor", "Routing days"),
    "stage_improve": ("Aileler günler arasında taşınıyor", "Moving families between days"),
    "stage_write": ("Dosyalar yazılıyor", "Writing files"),
    "parcels_written": (
        "{n} günlük plan {path} klasörüne yazıldı",
        "{n} day plans written to {path}",
    ),
    "unserved_reasons": ("Teslim edilemeyenler (neden)", "Unserved (reason)"),
    "bad_month": (
        "'{text}' ay olarak okunamadı; 2026-01 diye yazın",
        "'{text}' is not a month; write 2026-01",
    ),
    "no_working_day": ("{month} ayında iş günü yok", "{month} has no working day"),
    "bad_clock": (
        "'{text}' saat olarak okunamadı; 11:00 diye yazın",
        "'{text}' is not a time; write 11:00",
    ),
    "no_parcel_day": (
        "{path} klasöründe {day} günü için problem.json ve plan.json yok",
        "no problem.json and plan.json for {day} in {path}",
    ),
    "col_change": ("Değişiklik", "Change"),
    "col_new_day": ("Yeni gün", "New day"),
    "replan_moved": ("başka araca alındı", "moved to another van"),
    "replan_rescheduled": ("başka güne alındı", "moved to another day"),
    "replan_unserved": ("bugün teslim edilemiyor", "cannot be delivered today"),
    "replan_summary": (
        "{day}: {van} aracı {at} saatinde arızalandı. {moved} aile başka araca, {rescheduled}"
        " aile başka güne alındı; {unserved} aile bugün teslim edilemiyor; {aboard} ailenin"
        " kolisi arızalı araçta kaldı.",
        "{day}: van {van} broke down at {at}. {moved} families moved to other vans,"
        " {rescheduled} to another day; {unserved} cannot be delivered today; the parcels of"
        " {aboard} families are still in the broken van.",
    ),
    "rest_summary": (
        "{day} gününe kadar {delivered} teslim; evde olmayan {moved} aile sonraki bir güne"
        " alındı, {left} ailenin döngüde günü kalmadı; kalan {n} gün yeniden planlandı.",
        "Up to {day}: {delivered} delivered; {moved} families not at home moved to a later"
        " day, {left} have no day left in the cycle; the remaining {n} days planned again.",
    ),
}

_PARCEL_REASONS: dict[str, tuple[str, str]] = {
    # scheduler.parcels.assign.NotPlanned and scheduler.parcels.reschedule.NOT_AT_HOME
    "no_available_day": (
        "döngüde evde olduğu iş günü yok",
        "no working day in the cycle when someone is home",
    ),
    "stock_exhausted": (
        "günlük stok tükendi (glütensiz koli)",
        "daily stock used up (gluten-free parcels)",
    ),
    "days_full": ("döngünün iş günleri dolu", "every working day of the cycle is full"),
    "not_at_home": (
        "evde yok; döngüde başka uygun gün kalmadı",
        "not at home; no other available day left in the cycle",
    ),
    "van_breakdown": (
        "araç arızalandı; döngüde başka uygun gün kalmadı",
        "van broke down; no other available day left in the cycle",
    ),
}
_LABELS.update(_PARCEL_LABELS)

_CHANGE_KINDS: dict[str, tuple[str, str]] = {
    # scheduler.replan.Change.kind
    "added": ("eklendi", "added"),
    "removed": ("çıkarıldı", "removed"),
    "moved": ("başka araca alındı", "moved"),
    "retimed": ("saati değişti", "retimed"),
}

_SUMMARY: dict[str, tuple[str, str]] = {
    # the figures of a plan, as the CLI and the dispatcher page show them
    "due_today": ("günün listesi", "due today"),
    "held": ("askıda, iptal", "held"),
    "vans_used": ("araç", "vans used"),
    "stops_served": ("teslimat", "stops served"),
    "driving": ("sürüş", "driving"),
    "distance": ("mesafe", "distance"),
    "longest_ride": ("en uzun yol", "longest ride"),
    "unserved": ("hizmet dışı", "unserved"),
    "same_driver": ("dünkü sürücü", "same driver as yesterday"),
    "verifier": ("doğrulama", "verifier"),
}

_LIFECYCLE: dict[str, tuple[str, str]] = {
    # plan versions, publishing and jobs: what the API and the page tell people
    "stale_published": (
        "{version}. sürüm {at} saatinde {by} tarafından yayımlandı; ondan yeniden planlayın",
        "version {version} was published at {at} by {by}; re-plan from it",
    ),
    "stale_saved": (
        "{version}. sürüm {at} saatinde {by} tarafından kaydedildi; ondan yeniden planlayın",
        "version {version} was saved at {at} by {by}; re-plan from it",
    ),
    "not_newest": (
        "{version}. sürüm en yenisi değil: {newest}. sürüm var ({at}, {by}); onu yayımlayın "
        "ya da ondan yeniden planlayın",
        "version {version} is not the newest: version {newest} is ({at}, {by}); publish that "
        "one or re-plan from it",
    ),
    "what_if_never_published": (
        "planlayıcı denemeleri (what-if) hiçbir zaman yayımlanmaz ve sürücülere ulaşmaz; "
        "{label} bir deneme",
        "what-if copies are never published and never reach drivers; {label} is one",
    ),
    "what_if_no_outcomes": (
        "denemelere (what-if) teslimat sonucu girilmez; sonucu sürücülerin gördüğü sürüme girin",
        "what-if copies take no outcomes; record them on the version the drivers see",
    ),
    "what_if_not_replanned": (
        "denemeler (what-if) yeniden planlanmaz; yeni bir deneme planlayın",
        "what-if copies are not re-planned; plan a new what-if copy",
    ),
    "plan_again": (
        "bu vardiyada {what} var; yeniden planlama {version}. sürümden yapılır, teslim edilen ve "
        "yüklenen duraklar korunur. Onaylamak için confirm_replan: true gönderin",
        "this shift already has {what}; planning again re-plans from version {version}, keeping "
        "delivered and loaded stops: send confirm_replan: true to go ahead",
    ),
    "plan_again_published": ("yayımlanmış {version}. sürüm", "published version {version}"),
    "plan_again_outcomes": ("{n} kayıtlı teslimat sonucu", "{n} recorded outcome(s)"),
    "plan_again_and": (" ve ", " and "),
    "queue_full": (
        "sırada bekleyen {n} işiniz var (sınır {limit}); biri bitince yeniden deneyin",
        "you have {n} jobs waiting (limit {limit}); try again when one has finished",
    ),
    "job_interrupted": (
        "sunucu bu iş sürerken durdu (%{percent} tamamlanmıştı); hiçbir şey kaydedilmedi, işi "
        "yeniden başlatın",
        "the server stopped while this job ran ({percent}% done); nothing was saved: start it "
        "again",
    ),
    "nothing_published": (
        "{day} {shift} için sürücülere henüz plan yayımlanmadı; dağıtım sorumlusuna sorun",
        "no plan of {shift} on {day} is published to the drivers yet; ask the dispatcher",
    ),
    "no_route_in_version": (
        "yayımlanan {version}. sürümde ({day} {shift}) rotanız yok; dağıtım sorumlusuna sorun",
        "you have no route in the published version {version} ({shift}, {day}); ask the dispatcher",
    ),
    "drivers_see_published": (
        "sürücüler yalnızca yayımlanan sürümü görür",
        "drivers see only the published version",
    ),
}

_SHIFTS: dict[str, tuple[str, str]] = {
    "breakfast": ("Kahvaltı", "Breakfast"),
    "dinner": ("Akşam yemeği", "Dinner"),
}

_PAGE: dict[str, tuple[str, str]] = {
    # the dispatcher's and driver's web page (api/static); sent to it by the API
    "title": ("Dağıtım paneli", "Dispatch"),
    "tab_dispatch": ("Günlük dağıtım", "Daily rounds"),
    "no_view_for_role": (
        "Bu hesabın açabileceği bir sayfa yok",
        "This account has no page to open",
    ),
    "logout": ("Çıkış", "Log out"),
    "login_title": ("Giriş", "Log in"),
    "username": ("Kullanıcı adı", "Username"),
    "password": ("Parola", "Password"),
    "login": ("Giriş yap", "Log in"),
    "shift": ("Vardiya", "Shift"),
    "plan": ("Planla", "Plan"),
    "replan": ("Yeniden planla", "Re-plan"),
    "alerts": ("Uyarılar", "Alerts"),
    "no_alerts": ("Açık uyarı yok", "No open alerts"),
    "summary": ("Özet", "Summary"),
    "no_plan": ("Bu vardiya için plan yok", "No plan for this shift yet"),
    "unserved": ("Hizmet dışı", "Unserved"),
    "held": ("Askıda, iptal", "Held (on hold, cancelled)"),
    "show_route": ("Rotamı göster", "Show my route"),
    "version": ("sürüm", "version"),
    "sheet": ("Rota föyü (PDF)", "Route sheet (PDF)"),
    "stops": ("durak", "stops"),
    "served": ("teslimat", "served"),
    "vans": ("araç", "vans"),
    "same_driver": ("aynı sürücü", "same driver"),
    "seq": ("Sıra", "No."),
    "household": ("Hane", "Household"),
    "name": ("Ad", "Name"),
    "address": ("Adres", "Address"),
    "outcome": ("Durum", "Outcome"),
    "refused": ("Reddetti", "Refused"),
    "acknowledge": ("İlgileniyorum", "I'm on it"),
    "note": ("Not", "Note"),
    "queued": ("Sırada", "Queued"),
    "running": ("Çalışıyor", "Running"),
    "succeeded": ("Tamamlandı", "Done"),
    "failed": ("Başarısız", "Failed"),
    "job_plan": ("Planlama", "Planning"),
    "job_replan": ("Yeniden planlama", "Re-planning"),
    "changes": ("Değişiklikler", "Changes"),
    "no_changes": ("Değişiklik yok", "No changes"),
    "no_route": ("Bu vardiyada rotanız yok", "You have no route in this shift"),
    "login_failed": ("Kullanıcı adı veya parola yanlış", "Wrong username or password"),
    "driver_label": ("Sürücü", "Driver"),
    "trip": ("sefer", "trip"),
    "violations": ("doğrulama hatası", "verification errors"),
    "verified": ("doğrulandı", "verified"),
    "none": ("yok", "none"),
    "error": ("Hata", "Error"),
    "done": ("Tamamlandı", "Done"),
    "interrupted": ("Yarıda kaldı", "Interrupted"),
    "publish": ("Yayımla", "Publish"),
    "published_ok": ("Yayımlandı", "Published"),
    "drivers_see": ("Sürücülerin gördüğü", "Drivers see"),
    "nothing_published": ("henüz yayımlanmadı", "nothing published yet"),
    "status_draft": ("taslak", "draft"),
    "status_published": ("yayımlandı", "published"),
    "status_superseded": ("eskidi", "superseded"),
    "status_what_if": ("deneme (what-if)", "what-if copy"),
    "what_if_note": (
        "Denemeler (what-if) yayımlanmaz, sürücülere ulaşmaz",
        "What-if copies are never published and never reach drivers",
    ),
    "confirm_replan": ("Yine de yeniden planlansın mı?", "Re-plan anyway?"),
    "replan_at": ("itibaren (boş: şimdi)", "from (empty: now)"),
    "route_changed": ("Rotanız değişti", "Your route changed"),
}
_PAGE_SHARED: dict[str, tuple[str, str]] = {
    # page words that are the sheets' words
    "breakfast": _SHIFTS["breakfast"],
    "dinner": _SHIFTS["dinner"],
    "route": _LABELS["route"],
    "meals": _LABELS["portions"],
    "time": _LABELS["col_time"],
    "delivered": _LABELS["delivered"],
    "not_at_home": _LABELS["not_home"],
    "not_at_home_alert": _LABELS["not_home"],
    "call": _LABELS["call"],
    "navigate": _LABELS["navigate"],
    "kitchen": _LABELS["kitchen"],
    "date": _LABELS["date"],
    "driving": _SUMMARY["driving"],
    "longest_ride": _SUMMARY["longest_ride"],
}

_MONTHS_TR = [
    "Ocak",
    "Şubat",
    "Mart",
    "Nisan",
    "Mayıs",
    "Haziran",
    "Temmuz",
    "Ağustos",
    "Eylül",
    "Ekim",
    "Kasım",
    "Aralık",
]
_MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_TOPICS = (parcel_page_labels, intake_labels, visits_labels, reports_labels)
"""Per-topic catalogues (one module each in domain/lang), merged here into the one catalogue."""


def _merge(into: dict[str, tuple[str, str]], extra: dict[str, tuple[str, str]], where: str) -> None:
    """Add a topic's labels to a catalogue; a key defined twice is an error at import."""
    clash = sorted(set(into) & set(extra))
    if clash:
        raise KeyError(f"{where}: label keys already defined elsewhere: {', '.join(clash)}")
    into.update(extra)


for _topic in _TOPICS:
    _merge(_LABELS, _topic.LABELS, _topic.__name__)
    _merge(_PAGE, _topic.PAGE, _topic.__name__)
    if _PAGE.keys() & _PAGE_SHARED.keys():
        raise KeyError(f"{_topic.__name__}: page words clash with the sheets' words")

WEEKDAYS_TR = ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_SHORT_TR = ("Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz")
WEEKDAYS_SHORT_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
"""Weekday names, Monday first (index = ISO weekday - 1)."""


def check_lang(lang: str) -> Lang:
    """Return `lang` as a `Lang`, or raise naming the supported languages."""
    if lang == "tr":
        return "tr"
    if lang == "en":
        return "en"
    raise UnsupportedLanguageError(f"language {lang!r} is not supported; use one of {list(LANGS)}")


def both_languages(key: str, **fmt: object) -> str:
    """The label `key` in Turkish and English, "… / …": for messages shown before a language
    is known (a refused CLI option)."""
    return f"{label(key, 'tr', **fmt)} / {label(key, 'en', **fmt)}"


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if check_lang(lang) == "tr" else pair[1]


def label(key: str, lang: str = "tr", **fmt: object) -> str:
    """The label `key` in `lang`, with `{placeholders}` filled from `fmt`."""
    text = _pick(_LABELS[key], lang)
    return text.format(**fmt) if fmt else text


def diet_label(code: str, lang: str = "tr") -> str:
    """Printed label of a diet code, e.g. "gluten_free" → "GLÜTENSİZ"."""
    return _pick(_DIETS[code], lang)


def unserved_reason(reason: str, lang: str = "tr") -> str:
    """Why a household is unserved, in plain words, from an `UnservedReason` value."""
    return _pick(_UNSERVED_REASONS[str(reason)], lang)


def parcel_reason(reason: str, lang: str = "tr") -> str:
    """Why a parcel delivery is not made: a day-choice reason or a routing `UnservedReason`."""
    pair = _PARCEL_REASONS.get(str(reason)) or _UNSERVED_REASONS[str(reason)]
    return _pick(pair, lang)


def change_kind(kind: str, lang: str = "tr") -> str:
    """What a re-plan did to a household: "removed" → "çıkarıldı"."""
    return _pick(_CHANGE_KINDS[kind], lang)


def change_text(household: str, kind: str, detail: str, lang: str = "tr") -> str:
    """One line of a re-plan's change list: "H0012: çıkarıldı (V1/D1)"."""
    text = f"{household}: {change_kind(kind, lang)}"
    return f"{text} ({detail})" if detail else text


def lifecycle_text(key: str, lang: str = "tr", **fmt: object) -> str:
    """A sentence about plan versions, publishing or jobs, e.g. "stale_published" →
    "version 3 was published at 07:41 by ayse; re-plan from it"."""
    text = _pick(_LIFECYCLE[key], lang)
    return text.format(**fmt) if fmt else text


def plan_again_text(version: int, published: int | None, outcomes: int, lang: str = "tr") -> str:
    """Why planning a shift again needs a confirmation: its published version and/or its
    recorded outcomes, and the version a re-plan starts from."""
    parts = []
    if published is not None:
        parts.append(lifecycle_text("plan_again_published", lang, version=published))
    if outcomes:
        parts.append(lifecycle_text("plan_again_outcomes", lang, n=outcomes))
    what = lifecycle_text("plan_again_and", lang).join(parts)
    return lifecycle_text("plan_again", lang, what=what, version=version)


def summary_label(key: str, lang: str = "tr") -> str:
    """The name of a plan figure: "driving" → "sürüş"."""
    return _pick(_SUMMARY[key], lang)


def weekday_name(iso_weekday: int, lang: str = "tr", short: bool = False) -> str:
    """The name of an ISO weekday (1 = Monday): "Pazartesi" / "Pzt" / "Monday" / "Mon"."""
    if check_lang(lang) == "tr":
        names = WEEKDAYS_SHORT_TR if short else WEEKDAYS_TR
    else:
        names = WEEKDAYS_SHORT_EN if short else WEEKDAYS_EN
    return names[iso_weekday - 1]


def shift_name(shift: str, lang: str = "tr") -> str:
    """Shift name, e.g. "dinner" → "Akşam yemeği"."""
    return _pick(_SHIFTS[shift], lang)


def page_labels() -> dict[str, dict[str, str]]:
    """Every word of the dispatcher's web page, per language: {"tr": {key: text}, "en": …}."""
    words = _PAGE | _PAGE_SHARED
    return {lang: {key: _pick(pair, lang) for key, pair in words.items()} for lang in LANGS}


def format_duration(seconds: float, lang: str = "tr") -> str:
    """A duration as "1 sa 25 dk" / "1 h 25 min" (minutes only under an hour)."""
    minutes = round_to_minute(seconds)
    h_abbr, m_abbr = label("hour_abbr", lang), label("minute_abbr", lang)
    if minutes < 60:
        return f"{minutes} {m_abbr}"
    return f"{minutes // 60} {h_abbr} {minutes % 60:02d} {m_abbr}"


def format_minutes(minutes: float, lang: str = "tr") -> str:
    """Whole minutes with the unit, e.g. "38 dk"."""
    return f"{round(minutes)} {label('minute_abbr', lang)}"


def format_km(distance_m: float, lang: str = "tr") -> str:
    """A distance in km with one decimal, Turkish decimal comma: "23,4 km", "1.234,5 km"."""
    return f"{format_number(distance_m / 1000, 1, check_lang(lang))} km"


def format_percent(share: float, lang: str = "tr") -> str:
    """A share as a whole percentage; Turkish puts the sign first: "%83" / "83%"."""
    value = format_number(share * 100, 0, check_lang(lang))
    return f"%{value}" if lang == "tr" else f"{value}%"


def format_date(day: dt.date, lang: str = "tr") -> str:
    """Long date with weekday: "14 Mayıs 2025, Çarşamba" / "Wednesday 14 May 2025"."""
    if check_lang(lang) == "tr":
        return f"{day.day} {_MONTHS_TR[day.month - 1]} {day.year}, {WEEKDAYS_TR[day.weekday()]}"
    return f"{WEEKDAYS_EN[day.weekday()]} {day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def format_date_short(day: dt.date, lang: str = "tr") -> str:
    """Short date: "14.05.2025" / "2025-05-14"."""
    return day.strftime("%d.%m.%Y") if check_lang(lang) == "tr" else day.isoformat()


def portions(meals: int, lang: str = "tr") -> str:
    """Meal count with its noun: "2 porsiyon" / "1 meal", "2 meals"."""
    return f"{meals} {label('portion' if meals == 1 else 'portions', lang)}"
