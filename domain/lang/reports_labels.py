"""Turkish and English labels of the office's reports: figures, tables, the PDF (issue 15).

`domain.lang.labels` merges these into its one catalogue: `label(key, lang)` reads `LABELS`,
and `page_labels()` sends `PAGE` to the staff page. A key defined twice in the
catalogues fails at import.
"""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    # headline figures and table columns
    "rep_meal_households": ("Sıcak yemek verilen hane", "Households given hot meals"),
    "rep_meal_people": ("Sıcak yemek verilen kişi", "People given hot meals"),
    "rep_meals": ("Dağıtılan öğün", "Meals delivered"),
    "rep_meals_breakfast": ("Kahvaltı öğünü", "Breakfast meals"),
    "rep_meals_dinner": ("Akşam yemeği öğünü", "Dinner meals"),
    "rep_meal_not_at_home": ("Evde bulunamama oranı (yemek)", "Not-at-home rate (meals)"),
    "rep_parcel_families": ("Gıda kolisi verilen aile", "Families given food parcels"),
    "rep_parcel_people": ("Gıda kolisi verilen kişi", "People in parcel families"),
    "rep_parcels": ("Dağıtılan koli", "Parcels delivered"),
    "rep_parcel_kg": ("Dağıtılan gıda (kg)", "Food delivered (kg)"),
    "rep_gluten_free_families": (
        "Glütensiz koli verilen çölyak aile",
        "Coeliac families given gluten-free parcels",
    ),
    "rep_gluten_free_parcels": ("Glütensiz koli", "Gluten-free parcels"),
    "rep_parcel_not_at_home": ("Evde bulunamama oranı (koli)", "Not-at-home rate (parcels)"),
    "rep_visits": ("Evde hizmet ziyareti", "Home-service visits"),
    "rep_visit_people": ("Evde hizmet verilen kişi", "People given home services"),
    "rep_applications": ("Başvuru", "Applications"),
    "rep_van_days": ("Araç-vardiya", "Van-shifts"),
    "rep_driving_h": ("Sürüş (saat)", "Driving (hours)"),
    "rep_distance_km": ("Yol (km)", "Distance (km)"),
    "rep_fleet_cost_try": ("Araç gideri (TL)", "Fleet cost (TRY)"),
    "rep_co2_kg": ("CO₂ salımı (kg)", "CO₂ emitted (kg)"),
    "rep_cost_per_meal_try": ("Öğün başına maliyet (TL)", "Cost per meal (TRY)"),
    # tables
    "rep_table_months": ("Aylara göre", "By month"),
    "rep_table_shifts": ("Öğünlere göre sıcak yemek", "Hot meals by shift"),
    "rep_table_need": ("İhtiyaç grubuna göre sıcak yemek", "Hot meals by category of need"),
    "rep_table_mahalle": ("Mahallelere göre", "By neighbourhood"),
    "rep_table_visits": ("Evde hizmetler", "Home services"),
    "rep_table_applications": ("Başvurular: kanal ve karar", "Applications: channel and decision"),
    "rep_table_fleet": ("Araçlar, yol ve salım", "Vans, distance and emissions"),
    "rep_row": ("", ""),
    "rep_total": ("Toplam", "Total"),
    "rep_unknown_mahalle": ("Mahallesi bilinmeyen", "Neighbourhood unknown"),
    "shift_breakfast": ("Kahvaltı", "Breakfast"),
    "shift_dinner": ("Akşam yemeği", "Dinner"),
    "shift_parcels": ("Gıda kolisi", "Food parcels"),
    "need_over_65": ("65 yaş üstü", "Over 65"),
    "need_disabled": ("Engelli", "Disabled"),
    "need_sick": ("Hasta", "Sick"),
    "need_other": ("Diğer", "Other"),
    "decision_approved": ("Onaylanan", "Approved"),
    "decision_rejected": ("Reddedilen", "Rejected"),
    "decision_pending": ("Değerlendirmede", "Pending"),
    # the document
    "rep_title": ("Sosyal Hizmetler Faaliyet Raporu", "Social Services Activity Report"),
    "rep_office": (
        "İnegöl Belediyesi Sosyal Destek Hizmetleri",
        "İnegöl Municipality Social Support Services",
    ),
    "rep_period_year": ("{code} yılı", "Year {code}"),
    "rep_period_quarter": ("{year} yılı {q}. çeyrek", "{year}, quarter {q}"),
    "rep_period_month": ("{month} {year}", "{month} {year}"),
    "rep_headline": ("Öne çıkan rakamlar", "Headline figures"),
    "rep_figure": ("Gösterge", "Figure"),
    "rep_value": ("Değer", "Value"),
    "rep_published": ("Yayımlanan", "Published"),
    "rep_difference": ("Fark", "Difference"),
    "rep_chart_meals": ("Aylara göre dağıtılan öğün", "Meals delivered by month"),
    "rep_chart_parcels": ("Aylara göre dağıtılan koli", "Parcels delivered by month"),
    "rep_chart_gluten_free": ("Aylara göre glütensiz koli", "Gluten-free parcels by month"),
    "rep_chart_visits": ("Aylara göre evde hizmet ziyareti", "Home-service visits by month"),
    "rep_chart_applications": ("Aylara göre başvuru", "Applications by month"),
    "rep_map": (
        "Mahallelere göre sıcak yemek verilen hane",
        "Households given hot meals, by neighbourhood",
    ),
    "rep_map_note": (
        "Daireler mahalle merkezinde; {k} haneden az olan mahalleler gösterilmez.",
        "Circles at the neighbourhood centre; neighbourhoods with fewer than {k} households "
        "are not shown.",
    ),
    "rep_suppressed_note": (
        'Kişisel verilerin korunması (KVKK): {k} kişiden azını sayan hücreler "<{k}" olarak '
        "gösterilir; toplamdan çıkarılarak bulunamasın diye gerektiğinde bir hücre daha gizlenir.",
        "Personal data protection (KVKK): cells counting fewer than {k} people are shown as "
        '"<{k}"; where needed a second cell is hidden too, so no total minus the visible '
        "cells gives one back.",
    ),
    "rep_costs_note": (
        "Maliyet: km başına {km} TL, araç-vardiya başına {van} TL, öğün başına {meal} TL mutfak "
        "gideri; CO₂: km başına {co2} kg.",
        "Costs: {km} TRY per km, {van} TRY per van-shift, {meal} TRY kitchen cost per meal; "
        "CO₂: {co2} kg per km.",
    ),
    "rep_no_fleet_parcels": (
        "Koli günleri rotalanmadı: yol ve salım yalnızca sıcak yemek araçlarınındır.",
        "Parcel days were not routed: distance and emissions are the hot-meal vans' only.",
    ),
    "rep_page": ("Sayfa {n}", "Page {n}"),
    "rep_generated": ("Sofra kayıtlarından üretildi: {date}", "Made from Sofra's records: {date}"),
    "rep_month_1": ("Oca", "Jan"),
    "rep_month_2": ("Şub", "Feb"),
    "rep_month_3": ("Mar", "Mar"),
    "rep_month_4": ("Nis", "Apr"),
    "rep_month_5": ("May", "May"),
    "rep_month_6": ("Haz", "Jun"),
    "rep_month_7": ("Tem", "Jul"),
    "rep_month_8": ("Ağu", "Aug"),
    "rep_month_9": ("Eyl", "Sep"),
    "rep_month_10": ("Eki", "Oct"),
    "rep_month_11": ("Kas", "Nov"),
    "rep_month_12": ("Ara", "Dec"),
    "rep_month_long_1": ("Ocak", "January"),
    "rep_month_long_2": ("Şubat", "February"),
    "rep_month_long_3": ("Mart", "March"),
    "rep_month_long_4": ("Nisan", "April"),
    "rep_month_long_5": ("Mayıs", "May"),
    "rep_month_long_6": ("Haziran", "June"),
    "rep_month_long_7": ("Temmuz", "July"),
    "rep_month_long_8": ("Ağustos", "August"),
    "rep_month_long_9": ("Eylül", "September"),
    "rep_month_long_10": ("Ekim", "October"),
    "rep_month_long_11": ("Kasım", "November"),
    "rep_month_long_12": ("Aralık", "December"),
    # the command line
    "rep_simulating": ("{year} yılı simüle ediliyor", "Simulating {year}"),
    "rep_reused": (
        "Simüle edilmiş yıl önbellekten ({seconds} sn'de üretilmişti)",
        "Simulated year from the cache (took {seconds} s)",
    ),
    "rep_simulated": ("Yıl {seconds} saniyede simüle edildi", "Year simulated in {seconds} s"),
    "rep_written": ("Yazıldı: {path}", "Written: {path}"),
}

PAGE: dict[str, tuple[str, str]] = {
    "reports_tab": ("Raporlar", "Reports"),
    "reports_period": ("Dönem", "Period"),
    "reports_show": ("Göster", "Show"),
    "reports_pdf": ("PDF raporu", "PDF report"),
    "reports_csv": ("CSV tabloları", "CSV tables"),
    "reports_xlsx": ("Excel tabloları", "Excel tables"),
    "reports_headline": ("Öne çıkan rakamlar", "Headline figures"),
    "reports_empty": ("Bu dönem için kayıt yok.", "No records for this period."),
}
