"""Turkish and English labels of home visits: kinds, teams, day sheets, phone pages (issue 14).

`domain.lang.labels` merges these into its one catalogue: `label(key, lang)` reads `LABELS`,
and `page_labels()` sends `PAGE` to the staff page. A key defined twice in the
catalogues fails at import. Every key starts with `visit`, so no other topic's collides.
"""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    # key: (Turkish, English)
    # visit kinds
    "visit_kind_assessment": ("Değerlendirme ziyareti", "Assessment visit"),
    "visit_kind_shopping": ("Alışveriş yardımı", "Shopping help"),
    "visit_kind_cleaning": ("Ev temizliği", "House cleaning"),
    "visit_kind_bayram": ("Bayram ziyareti", "Bayram visit"),
    "visit_kind_follow_up": ("Takip ziyareti", "Follow-up visit"),
    # skills
    "visit_skill_social_worker": ("Sosyal çalışmacı", "Social worker"),
    "visit_skill_cleaning_kit": ("Temizlik seti", "Cleaning kit"),
    "visit_skill_female": ("Kadın personel", "Female staff"),
    # statuses and outcomes
    "visit_status_planned": ("Planlandı", "Planned"),
    "visit_status_done": ("Yapıldı", "Done"),
    "visit_status_not_at_home": ("Evde yok", "Not at home"),
    "visit_status_refused": ("Kabul etmedi", "Refused"),
    "visit_status_needs_follow_up": ("Takip gerekli", "Needs follow-up"),
    # why a visit is not placed
    "visit_reason_no_day_in_week": ("Bu hafta uygun günü yok", "No allowed day this week"),
    "visit_reason_no_team_with_skills": (
        "Gereken beceriye sahip ekip yok",
        "No team has the skills needed",
    ),
    "visit_reason_team_days_full": ("Ekiplerin günleri dolu", "The teams' days are full"),
    "visit_reason_off_road": ("Adres yola çok uzak", "The address is too far from a road"),
    "visit_reason_window_infeasible": (
        "Randevu saatine yetişilemiyor",
        "The appointment window cannot be met",
    ),
    "visit_reason_shift_time_exhausted": ("Mesai süresi yetmiyor", "Not enough working time"),
    "visit_reason_skill_missing": ("Gereken beceri eksik", "A needed skill is missing"),
    "visit_reason_unreachable": ("Adrese ulaşılamıyor", "The address cannot be reached"),
    "visit_reason_capacity_exhausted": ("Ekiplerin günleri dolu", "The teams' days are full"),
    "visit_reason_other": ("Planlanamadı", "Could not be planned"),
    # re-plan changes
    "visit_change_other_team": ("Başka ekibe geçti", "Moved to another team"),
    "visit_change_other_day": ("Başka güne geçti", "Moved to another day"),
    "visit_change_retimed": ("Saati değişti", "New time"),
    "visit_change_unplaced": ("Planlanamadı", "Could not be placed"),
    # the day sheet and phone page
    "visit_sheet_title": ("EV ZİYARETLERİ GÜN PLANI", "HOME VISITS DAY SHEET"),
    "visit_team": ("Ekip", "Team"),
    "visit_staff": ("Personel", "Staff"),
    "visit_car": ("Araç", "Car"),
    "visit_hours": ("Mesai", "Working hours"),
    "visit_lunch": ("Öğle arası (ofiste)", "Lunch (at the office)"),
    "visit_leave_office": ("Ofisten çıkış", "Leave office"),
    "visit_back_office": ("Ofise dönüş", "Back at office"),
    "visit_last_ends": ("Son ziyaret bitişi", "Last visit ends"),
    "visit_arrival": ("Varış", "Arrive"),
    "visit_window": ("Randevu", "Appointment"),
    "visit_duration": ("Süre", "Duration"),
    "visit_person": ("Kişi", "Person"),
    "visit_address": ("Adres", "Address"),
    "visit_what": ("Yapılacak", "What to do"),
    "visit_notes": ("Notlar", "Notes"),
    "visit_outcome": ("Sonuç", "Outcome"),
    "visit_no_visits": ("Bu gün ziyaret yok.", "No visits this day."),
    "visit_count": ("{n} ziyaret", "{n} visits"),
    "visit_driving": ("Sürüş", "Driving"),
    "visit_call": ("Ara", "Call"),
    "visit_navigate": ("Yol tarifi", "Directions"),
    "visit_phone_title": ("{team} · {date}", "{team} · {date}"),
    "visit_outcome_saved": ("Kaydedildi", "Saved"),
    "visit_note_placeholder": ("Not (isteğe bağlı)", "Note (optional)"),
    # the CLI
    "visit_week_title": ("Ev ziyaretleri haftası {week}", "Home visits, week of {week}"),
    "visit_col_day": ("Gün", "Day"),
    "visit_col_team_days": ("Ekip-gün", "Team-days"),
    "visit_col_visits": ("Ziyaret", "Visits"),
    "visit_col_unplaced": ("Planlanamayan", "Not placed"),
    "visit_col_driving": ("Sürüş", "Driving"),
    "visit_col_km": ("km", "km"),
    "visit_col_same_team": ("Aynı ekip", "Same team"),
    "visit_total": ("Toplam", "Total"),
    "visit_stage_assign": ("Günler ve ekipler", "Days and teams"),
    "visit_stage_route": ("Ekip-günlerin rotaları", "Routing team-days"),
    "visit_stage_repair": ("Kalanlar yeniden deneniyor", "Placing the rest"),
    "visit_stage_write": ("Dosyalar yazılıyor", "Writing files"),
    "visit_written": ("{n} ekip-gün yazıldı: {path}", "{n} team-days written to {path}"),
    "visit_continuity": (
        "Geçen seferki ekibiyle görülen: {same}/{total} ({share})",
        "Seen by the same team as last time: {same}/{total} ({share})",
    ),
    "visit_check_failed": ("Denetim hataları:", "Check failed:"),
    "visit_bad_week": (
        "hafta bir pazartesi olmalı (YYYY-AA-GG): {text}",
        "the week must be a Monday (YYYY-MM-DD): {text}",
    ),
    "visit_demo_only": (
        "şimdilik yalnızca --demo ile: deponun ziyaretleri API'den planlanır",
        "only with --demo for now: the store's visits are planned through the API",
    ),
}

PAGE: dict[str, tuple[str, str]] = {
    # words of the staff page's module
    "visits_tab": ("Ev ziyaretleri", "Home visits"),
    "visits_week": ("Hafta (pazartesi)", "Week (Monday)"),
    "visits_plan_week": ("Haftayı planla", "Plan the week"),
    "visits_publish": ("Ekiplere yayımla", "Publish to teams"),
    "visits_replan": ("Hasta personel: günü yeniden planla", "Ill staff: re-plan the day"),
    "visits_staff_code": ("Personel kodu", "Staff code"),
    "visits_day": ("Gün", "Day"),
    "visits_team": ("Ekip", "Team"),
    "visits_grid_title": ("Ekip × gün", "Team × day"),
    "visits_unplaced": ("Planlanamayan ziyaretler", "Visits not placed"),
    "visits_changes": ("Değişiklikler", "Changes"),
    "visits_no_plan": ("Bu hafta için plan yok.", "No plan for this week."),
    "visits_version": ("Sürüm", "Version"),
    "visits_published": ("Yayımlandı", "Published"),
    "visits_draft": ("Taslak", "Draft"),
    "visits_same_team": ("Aynı ekip", "Same team"),
    "visits_served": ("Planlanan", "Planned"),
    "visits_my_day": ("Bugünkü ziyaretlerim", "My visits today"),
    "visits_sheet": ("Gün planı (PDF)", "Day sheet (PDF)"),
    "visits_phone_page": ("Telefon sayfası", "Phone page"),
    "visits_planning": ("Planlanıyor", "Planning"),
    "visits_done_btn": ("Yapıldı", "Done"),
    "visits_not_at_home_btn": ("Evde yok", "Not at home"),
    "visits_refused_btn": ("Kabul etmedi", "Refused"),
    "visits_follow_up_btn": ("Takip gerekli", "Needs follow-up"),
    "visits_note": ("Not", "Note"),
    "visits_saved": ("Kaydedildi", "Saved"),
    "visits_nothing_today": (
        "Bu gün için yayımlanmış ziyaret yok.",
        "No published visits this day.",
    ),
}


def visit_word(group: str, code: str, lang: str = "tr") -> str:
    """The words of a visit code in `lang`: `group` is "kind", "skill", "status", "reason"
    or "change" (an unknown reason reads "could not be planned")."""
    pair = LABELS.get(f"visit_{group}_{code}") or LABELS["visit_reason_other"]
    return pair[0] if lang == "tr" else pair[1]
