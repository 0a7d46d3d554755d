"""Turkish and English labels of applications, consent, the 153 form, WhatsApp replies (issue 14).

`domain.lang.labels` merges these into its one catalogue: `label(key, lang)` reads `LABELS`,
and `page_labels()` sends `PAGE` to the staff page. A key defined twice in the
catalogues fails at import.
"""

from __future__ import annotations

_WORDS: dict[str, tuple[str, str]] = {
    "intake_channel_call_centre_153": ("153 Çağrı Merkezi", "153 call centre"),
    "intake_channel_whatsapp": ("WhatsApp", "WhatsApp"),
    "intake_channel_walk_in": ("Şahsen başvuru", "Walk-in"),
    "intake_channel_referral": ("Yönlendirme", "Referral"),
    "intake_need_hot_meals": ("Sıcak yemek", "Hot meals"),
    "intake_need_food_parcel": ("Gıda kolisi", "Food parcel"),
    "intake_need_gluten_free_parcel": ("Glütensiz koli", "Gluten-free parcel"),
    "intake_need_home_help": ("Evde bakım / yardım", "Home help"),
    "intake_state_received": ("Alındı", "Received"),
    "intake_state_assessment_scheduled": ("İnceleme planlandı", "Assessment scheduled"),
    "intake_state_assessed": ("İncelendi", "Assessed"),
    "intake_state_approved": ("Onaylandı", "Approved"),
    "intake_state_rejected": ("Reddedildi", "Rejected"),
    "intake_state_registered": ("Kayıtlı hane", "Registered household"),
}
"""Channel, need and state names: on the page and in messages."""

LABELS: dict[str, tuple[str, str]] = {
    # key: (Turkish, English)
    "intake_whatsapp_ack": (
        "Merhaba, İnegöl Belediyesi Sosyal Hizmetler başvurunuzu aldı. Başvuru numaranız: {ref}. "
        "Sosyal çalışmacımız en kısa sürede sizi arayacak.",
        "Hello, İnegöl Municipality Social Services received your application. Your application "
        "number is {ref}. A social worker will call you soon.",
    ),
    "intake_consent_text": (
        "6698 sayılı KVKK uyarınca adınız, adresiniz, telefonunuz ve sağlık bilgileriniz yalnızca "
        "sosyal yardım hizmetinin verilmesi için İnegöl Belediyesi tarafından işlenecektir. "
        "Onay veriyor musunuz?",
        "Under the Turkish data protection law (KVKK, no. 6698) your name, address, phone and "
        "health details are processed by İnegöl Municipality only to provide the social "
        "service. Do you consent?",
    ),
    **_WORDS,
}

PAGE: dict[str, tuple[str, str]] = {
    "intake_visit_from": ("Değerlendirme ziyareti: en erken", "Assessment visit: earliest"),
    "intake_visit_to": ("en geç", "latest"),
    "intake_book_visit": ("Ziyareti planla", "Book the visit"),
    "intake_move_visit": ("Ziyareti taşı", "Move the visit"),
    # words of the staff page's module
    "tab_intake": ("Başvurular", "Applications"),
    "intake_search_title": ("Önce arayın: telefon veya adres", "Search first: phone or address"),
    "intake_search_phone": ("Telefon", "Phone"),
    "intake_search_address": ("Sokak / cadde", "Street"),
    "intake_search_button": ("Ara", "Search"),
    "intake_search_none": (
        "Kayıt bulunamadı: yeni başvuru girin",
        "Nothing found: record a new one",
    ),
    "intake_search_found": ("Bulunan kayıtlar", "Found"),
    "intake_household": ("Kayıtlı hane", "Registered household"),
    "intake_form_title": ("Yeni başvuru", "New application"),
    "intake_channel": ("Kanal", "Channel"),
    "intake_applicant": ("Arayan (başvuran)", "Caller (applicant)"),
    "intake_relation": ("Yakınlığı", "Relation"),
    "intake_person": ("İhtiyaç sahibi", "Person in need"),
    "intake_same_person": ("Arayan kişinin kendisi", "The caller is the person in need"),
    "intake_phone": ("Telefon", "Phone"),
    "intake_street": ("Sokak / cadde", "Street"),
    "intake_house_number": ("Kapı no", "House no."),
    "intake_neighbourhood": ("Mahalle", "Neighbourhood"),
    "intake_needs": ("İhtiyaç", "Needs"),
    "intake_health_notes": ("Sağlık notları", "Health notes"),
    "intake_social_notes": ("Sosyal durum notları", "Social notes"),
    "intake_consent": (
        "KVKK aydınlatma metni okundu, onay alındı",
        "KVKK text read out, consent given",
    ),
    "intake_consent_version": ("Metin sürümü", "Text version"),
    "intake_save": ("Başvuruyu kaydet", "Save application"),
    "intake_saved": ("Başvuru kaydedildi", "Application saved"),
    "intake_duplicates": ("Olası mükerrer kayıt", "Possible duplicate"),
    "intake_list_title": ("Başvurular", "Applications"),
    "intake_col_ref": ("No", "No."),
    "intake_col_person": ("Kişi", "Person"),
    "intake_col_state": ("Durum", "State"),
    "intake_col_channel": ("Kanal", "Channel"),
    "intake_col_created": ("Tarih", "Date"),
    "intake_detail_title": ("Başvuru", "Application"),
    "intake_messages": ("WhatsApp mesajları", "WhatsApp messages"),
    "intake_pin": ("Konum", "Location"),
    "intake_no_pin": ("Konum yok: adresi düzeltin veya WhatsApp konumu isteyin", "No location yet"),
    "intake_assessment_notes": ("İnceleme notları", "Assessment notes"),
    "intake_record_assessment": ("İncelemeyi kaydet", "Record assessment"),
    "intake_services": ("Verilecek hizmetler", "Services granted"),
    "intake_start_date": ("Başlangıç tarihi", "Start date"),
    "intake_meal_plan": ("Öğün", "Meals"),
    "intake_meal_both": ("Kahvaltı ve akşam", "Breakfast and dinner"),
    "intake_meal_breakfast": ("Kahvaltı", "Breakfast"),
    "intake_meal_dinner": ("Akşam yemeği", "Dinner"),
    "intake_approve": ("Onayla", "Approve"),
    "intake_reject": ("Reddet", "Reject"),
    "intake_reject_reason": ("Ret gerekçesi", "Reason for rejection"),
    "intake_close": ("Kapat", "Close"),
    "intake_lat": ("Enlem", "Latitude"),
    "intake_lon": ("Boylam", "Longitude"),
    "intake_move_pin": ("Konumu düzelt", "Correct the location"),
    "intake_kind_text": ("Mesaj", "Message"),
    "intake_kind_location": ("Konum", "Location"),
    "intake_kind_image": ("Fotoğraf", "Photo"),
    "intake_kind_audio": ("Ses kaydı", "Voice message"),
    "intake_kind_document": ("Belge", "Document"),
    "intake_kind_video": ("Video", "Video"),
    "intake_kind_sticker": ("Çıkartma", "Sticker"),
    **_WORDS,
}
