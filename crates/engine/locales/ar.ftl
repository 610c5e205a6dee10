site-name = نافذة
site-tagline = الشباك الموحد لمغاربة العالم
skip-to-content = الانتقال إلى المحتوى
nav-home = الرئيسية
nav-administrations = الإدارات
language-switcher = اللغة
footer-text = نافذة — خدمة عمومية لإقليم الحسيمة.

home-title = نافذة واحدة لكل إجراءاتك
home-lead = أينما كنت تقيم، أنجز إجراءاتك لدى الإدارات المغربية عن بعد، وتابعها في مكان واحد، واستقبل بالأولوية عند زيارتك.
home-services-title = الخدمات المجمعة هنا
home-service-documents = وثائق الحالة المدنية: نسخ موجزة وكاملة، تسلم إلكترونيا أو بالبريد أو في القنصلية.
home-service-civil-status = الحالة المدنية: التصريحات، ونقل الرسوم المحررة بالخارج، والتصحيحات.
home-service-complaints = الشكايات والملاحظات والاقتراحات، مع إشعار فوري بالتوصل.
home-service-permits = رخص التعمير ورخص الأنشطة الاقتصادية، يودعها مهندسك المعماري.
home-service-passport = جواز السفر: الطلب المسبق، وموعد أخذ البصمات، والتتبع.
home-service-consular = الخدمات القنصلية: التسجيل، والمواعيد، والشهادات.
home-service-card = بطاقة «خدمات مغاربة العالم» للممرات ذات الأولوية.
home-service-cell = الخلية الإقليمية الدائمة التي تتابع ملفك طوال السنة.
home-map-title = الإدارات المرتبطة
home-map-lead = { $count ->
    [zero] لا توجد أي إدارة في نافذة بعد.
    [one] إدارة واحدة تعمل في نافذة.
    [two] إدارتان تعملان في نافذة، من الجماعة إلى القنصلية.
    [few] { $count } إدارات تعمل في نافذة، من الجماعة إلى القنصلية.
    [many] { $count } إدارة تعمل في نافذة، من الجماعة إلى القنصلية.
   *[other] { $count } إدارة تعمل في نافذة، من الجماعة إلى القنصلية.
}
home-map-link = عرض خريطة الإدارات

orgs-title = الإدارات
orgs-lead = لكل إدارة مكانها في شجرة واحدة: الدولة، والإقليم وجماعاته، والمراكز القنصلية. توجه الطلبات وتتابع وفق هذه الشجرة.
orgs-empty = لم يتم تحميل أي إدارة بعد.
level-national = وطني
level-province = إقليمي
level-commune = جماعي
kind-state = الدولة
kind-ministry = وزارة
kind-province = إقليم
kind-governor-office = ديوان العامل
kind-mre-cell = خلية مغاربة العالم
kind-commune = جماعة
kind-civil-status-office = مكتب الحالة المدنية
kind-urbanism-service = مصلحة التعمير
kind-urban-agency = الوكالة الحضرية
kind-civil-protection = الوقاية المدنية
kind-passport-service = مصلحة جوازات السفر
kind-consular-post = مركز قنصلي

error-title = حدث خطأ
error-not-found-title = الصفحة غير موجودة
error-not-found-text = العنوان المطلوب غير موجود. تحقق منه أو عد إلى الصفحة الرئيسية.
error-internal-text = تعذر على الخدمة معالجة طلبك. أعد المحاولة بعد لحظة؛ وإذا استمر المشكل، أعط هذا الرمز للدعم:
error-back-home = العودة إلى الصفحة الرئيسية

nav-main = التصفح الرئيسي
nav-staff = فضاء الموظفين
nav-admin-staff = تدبير الموظفين
nav-account = حسابي
nav-signout = تسجيل الخروج
nav-signin = تسجيل الدخول
nav-signup = إنشاء حساب
nav-privacy = المعطيات الشخصية
home-account-title = حسابك
home-account-text = حساب واحد لكل الإدارات: أنشئه بعنوان بريدك الإلكتروني، ثم املأ ملفك الشخصي مرة واحدة.

form-error-summary = هناك مشكل
field-email = البريد الإلكتروني
field-password = كلمة المرور
field-password-hint = اثنا عشر حرفا على الأقل. جملة تتذكرها بسهولة تفي بالغرض.
field-new-password = كلمة المرور الجديدة
field-current-password = كلمة المرور الحالية
field-new-email = البريد الإلكتروني الجديد
field-totp-code = رمز من ستة أرقام
field-totp-hint = الرمز الذي يعرضه تطبيق المصادقة، أو رمز احتياطي.
field-name = الاسم
field-name-ar = الاسم الكامل بالعربية
field-name-ar-hint = كما هو مكتوب في رسم ولادتك، بالحروف العربية.
field-name-latin = الاسم الكامل بالحروف اللاتينية
field-name-latin-hint = كما هو مكتوب في جواز سفرك.
field-birth-date = تاريخ الازدياد
field-birth-place = مكان الازدياد
field-sex = الجنس
field-idcs = المعرف الرقمي المدني والاجتماعي
field-idcs-hint = عشرة أرقام، إن كان قد منح لك.
field-cnie = رقم البطاقة الوطنية للتعريف الإلكترونية
field-cnie-hint = يحفظ مخفيا: لا تبقى مقروءة إلا أحرفه الثلاثة الأخيرة.
field-cnie-stored = الرقم المسجل: { $masked }. لا تكتبه من جديد إلا لتغييره.
field-residence-country = بلد الإقامة
field-residence-city = مدينة الإقامة
field-consular-post = المركز القنصلي الذي تتبع له
field-consular-number = رقم التسجيل القنصلي
field-phone = الهاتف
field-phone-hint = مع رمز البلد، مثلا +32 470 12 34 56.
field-lang = اللغة المفضلة
field-channels = كيف تريد أن نخبرك؟
sex-female = أنثى
sex-male = ذكر
channel-email = بالبريد الإلكتروني
channel-sms = برسالة نصية

signup-title = إنشاء حساب
signup-lead = بفضل الحساب تتابع كل طلباتك في مكان واحد، أينما كنت تقيم.
signup-submit = إنشاء حسابي
signup-have-account = لديك حساب من قبل؟
signup-done-title = تفقد بريدك الإلكتروني
signup-done-text = إذا كان هذا العنوان قابلا للاستعمال، فقد أرسلنا إليه رابطا الآن. افتحه لتأكيد عنوانك؛ وهو صالح لمدة ثمان وأربعين ساعة.
resend-done-text = إذا كان حساب غير مؤكد يستعمل هذا العنوان، فقد أرسلنا إليه رابطا جديدا صالحا لمدة ثمان وأربعين ساعة.
verify-title = تأكيد بريدك الإلكتروني
verify-lead = اضغط على الزر لتأكيد أن هذا العنوان عنوانك.
verify-submit = تأكيد عنواني
verify-resend = الحصول على رابط تأكيد جديد
verify-done-title = تم تأكيد العنوان
verify-done-text = تم تأكيد بريدك الإلكتروني. يمكنك الآن تسجيل الدخول.
link-expired-title = انتهت صلاحية هذا الرابط
link-expired-text = حفاظا على أمنك، لا تصلح الروابط المرسلة بالبريد إلا لمدة محدودة. اطلب رابطا جديدا.
link-used-title = سبق استعمال هذا الرابط
link-used-text = يصلح كل رابط مرة واحدة. إن كنت أنت من استعمله، فسجل الدخول.
link-unknown-title = رابط غير صالح
link-unknown-text = هذا الرابط غير معروف. تحقق من أنك نسخته كاملا.

signin-title = تسجيل الدخول
signin-submit = دخول
signin-forgot = نسيت كلمة المرور؟
totp-title = التحقق بخطوتين
totp-lead = اكتب الرمز الذي يعرضه تطبيق المصادقة.
totp-submit = تحقق
enrol-title = تفعيل التحقق بخطوتين
enrol-lead = حسابات الموظفين محمية برمز يستعمل مرة واحدة، إضافة إلى كلمة المرور.
enrol-step-scan = امسح رمز الاستجابة السريعة هذا بتطبيق للمصادقة على هاتفك.
enrol-qr-alt = رمز الاستجابة السريعة لمسحه بتطبيق المصادقة
enrol-step-manual = أو اكتب هذا المفتاح في التطبيق:
enrol-step-code = ثم اكتب الرمز المكون من ستة أرقام الذي يعرضه.
enrol-submit = تفعيل
recovery-title = رموزك الاحتياطية
recovery-lead = احفظ هذه الرموز في مكان آمن. يسمح كل رمز بدخول واحد إذا فقدت هاتفك. لن تعرض مرة أخرى.
recovery-continue = دونت رموزي، متابعة
forgot-title = نسيت كلمة المرور
forgot-lead = اكتب عنوان حسابك: سنرسل إليك رابطا لاختيار كلمة مرور جديدة.
forgot-submit = إرسال الرابط
forgot-done-title = تفقد بريدك الإلكتروني
forgot-done-text = إذا كان حساب يستعمل هذا العنوان، فقد أرسلنا إليه رابطا صالحا لمدة ساعة.
reset-title = اختيار كلمة مرور جديدة
reset-submit = حفظ كلمة المرور
reset-done-title = تم حفظ كلمة المرور
reset-done-text = تم حفظ كلمة المرور وأغلقت جلساتك الأخرى. يمكنك تسجيل الدخول.

account-title = حسابي
account-role = الصفة
account-org = الإدارة
account-sessions = الجلسات المفتوحة
account-sessions-count = { $count ->
    [zero] لا توجد جلسة مفتوحة
    [one] جلسة واحدة مفتوحة
    [two] جلستان مفتوحتان
    [few] { $count } جلسات مفتوحة
    [many] { $count } جلسة مفتوحة
   *[other] { $count } جلسة مفتوحة
}
role-citizen = مرتفق
role-agent = موظف
role-supervisor = مشرف
role-admin = مدير النظام
profile-title = ملفي الشخصي
profile-lead = تملأ هذه المعلومات طلباتك نيابة عنك. يمكنك تصحيحها في أي وقت.
profile-saved = تم حفظ ملفك الشخصي.
profile-identity = الهوية
profile-residence = الإقامة
profile-contact = الاتصال والتفضيلات
profile-submit = حفظ
security-title = أمن الحساب
security-password = تغيير كلمة المرور
security-password-submit = تغيير كلمة المرور
security-password-changed = تم تغيير كلمة المرور وأغلقت جلساتك الأخرى.
security-email = تغيير البريد الإلكتروني
security-email-submit = إرسال رابط التأكيد
security-email-sent = إذا كان العنوان الجديد قابلا للاستعمال، فقد أرسل إليه رابط تأكيد. يتم التغيير عند فتحه.
security-sessions = الخروج من كل الأجهزة
security-sessions-lead = يغلق كل جلساتك على كل أجهزتك، بما فيها هذا الجهاز.
security-sessions-submit = الخروج من كل الأجهزة
apps-title = التطبيقات ورموز الولوج
family-title = الدفتر العائلي
family-lead = رسوم سجل الحالة المدنية التي تخص أسرتك، كلما سجلتها عمليات النقل والتصريح، مع بياناتها الهامشية.
family-empty = لا يوجد أي رسم بعد: نقل رسم ولادة أو زواج بالخارج يضيفه هنا بمجرد أن تسجله القنصلية.
family-spouse = الزوج أو الزوجة
act-kind-birth = ولادة
act-kind-marriage = زواج
act-kind-divorce = طلاق
act-kind-death = وفاة
margin-marriage = زواج
margin-divorce = طلاق
margin-death = وفاة
margin-correction = تصحيح
apps-lead = يمكن لتطبيق تثق فيه (على هاتفك، أو أداة يستعملها أحد أقاربك) أن يتابع طلباتك ويودعها عبر واجهة نافذة البرمجية برمز ولوج. لا يصل الرمز إلا إلى طلباتك، ولا يصل أبدا إلى كلمة المرور أو الملف الشخصي؛ وتنتهي صلاحيته بعد 90 يوما، أو عند تغيير كلمة المرور أو الخروج من كل الأجهزة.
apps-created = هذا رمزك الجديد. انسخه الآن في التطبيق: لن يعرض مرة أخرى.
apps-none = ليس لديك أي رمز ولوج.
apps-name = الاسم
apps-name-hint = لتتعرف عليه لاحقا، مثلا «هاتفي».
apps-created-at = تاريخ الإنشاء
apps-expires-at = تاريخ الانتهاء
apps-last-used = آخر استعمال
apps-revoke = إلغاء
apps-new = رمز جديد
apps-create = إنشاء رمز
err-token-name = أعط الرمز اسما لا يتجاوز 60 حرفا.
err-token-too-many = { $count ->
    [zero] لا يمكنك الاحتفاظ بأي رمز.
    [one] يمكنك الاحتفاظ برمز واحد؛ ألغه أولا.
    [two] يمكنك الاحتفاظ برمزين على الأكثر؛ ألغ أحدهما أولا.
    [few] يمكنك الاحتفاظ بـ{ $count } رموز على الأكثر؛ ألغ أحدها أولا.
    [many] يمكنك الاحتفاظ بـ{ $count } رمزا على الأكثر؛ ألغ أحدها أولا.
   *[other] يمكنك الاحتفاظ بـ{ $count } رمز على الأكثر؛ ألغ أحدها أولا.
}
email-changed-title = تم تغيير البريد الإلكتروني
email-changed-text = تم تأكيد عنوانك الجديد. استعمله من الآن لتسجيل الدخول.

staff-title = فضاء الموظفين
staff-below = الإدارات التي تشرف عليها
staff-members = الموظفون
staff-members-none = لا يوجد موظف تابع لهذه الإدارة.
admin-staff-title = تدبير الموظفين
admin-invite = دعوة موظف
admin-invite-lead = يتلقى الشخص المدعو رابطا لاختيار كلمة مروره، ثم يفعل التحقق بخطوتين.
admin-invite-submit = إرسال الدعوة
admin-invited = تم إرسال الدعوة.
admin-status = الحالة
admin-actions = الإجراءات
admin-disabled = معطل
admin-active = نشط
admin-no-totp = التحقق بخطوتين غير مفعل
admin-enable = إعادة التفعيل
admin-disable = تعطيل

privacy-title = معطياتك الشخصية
privacy-lead = تعالج نافذة معطياتك طبقا للقانون رقم 09.08 المتعلق بحماية الأشخاص الذاتيين تجاه معالجة المعطيات ذات الطابع الشخصي، تحت مراقبة اللجنة الوطنية لمراقبة حماية المعطيات ذات الطابع الشخصي.
privacy-controller-title = المسؤول عن المعالجة
privacy-controller-text = عمالة إقليم الحسيمة (ديوان العامل)، لحساب الإدارات المرتبطة بنافذة. لا ترى كل إدارة إلا الملفات التي تعنيها.
privacy-purposes-title = الغايات
privacy-purposes-text = تستعمل معطياتك فقط لمعالجة طلباتك، وإخبارك بتقدمها، والتحقق من هويتك، وإعداد إحصاءات مجهولة الهوية عن جودة الخدمة. لا تباع ولا تستعمل لأغراض تجارية.
privacy-data-title = المعطيات المعالجة
privacy-data-text = عنوان بريدك الإلكتروني، وملفك الشخصي (الأسماء، الازدياد، الإقامة، وسائل الاتصال) ووثائق طلباتك. لا يحفظ رقم بطاقتك الوطنية أبدا بشكل مقروء: لا تحفظ إلا أحرفه الثلاثة الأخيرة وبصمة مشفرة. كل اطلاع لموظف على ملفك يسجل، ويمكنك أن ترى من اطلع عليه ولماذا.
privacy-retention-title = مدة الحفظ
privacy-retention-text = تحفظ معطيات الحساب ما دام نشطا، ثم تحذف بعد سنتين من آخر دخول. تحفظ الملفات المدة التي تحددها قواعد الأرشفة الخاصة بكل مسطرة. تمحى الرسائل المرسلة بعد تسعين يوما.
privacy-rights-title = حقوقك
privacy-rights-text = يحق لك الولوج إلى معطياتك وتصحيحها والتعرض على معالجتها لأسباب مشروعة (المواد 7 و8 و9 من القانون 09.08). ويمكنك أيضا اللجوء إلى اللجنة الوطنية لمراقبة حماية المعطيات ذات الطابع الشخصي.
privacy-contact-title = الاتصال
privacy-contact-text = لممارسة حقوقك، راسل الخلية الإقليمية الدائمة لمغاربة العالم بعمالة إقليم الحسيمة، أو توجه إلى قنصليتك.

demo-mail-title = البريد المرسل (عرض تجريبي)
demo-mail-lead = لا توجد هذه الصفحة إلا في وضع العرض التجريبي: تعرض الرسائل التي أرسلتها المنصة لتتبع الروابط دون خادم بريد.
demo-mail-empty = لم ترسل أي رسالة بعد.
demo-mail-to = المرسل إليه
demo-mail-subject = الموضوع
demo-mail-back = العودة إلى البريد

error-forbidden-title = الولوج مرفوض
error-forbidden-text = لا يسمح لك حسابك بفتح هذه الصفحة.
error-csrf-title = انتهت صلاحية الاستمارة
error-csrf-text = حفاظا على أمنك، لم تقبل هذه الاستمارة. عد إلى الصفحة السابقة وأعد تحميلها ثم أرسلها من جديد.
error-too-large-title = الملف أو الاستمارة كبيرة جدا
error-too-large-text = ما أرسلته يتجاوز الحجم المقبول. صغر حجم الملفات المرفقة ثم أعد المحاولة.
error-rate-limited-title = محاولات كثيرة
error-rate-limited-text = يرجى الانتظار بضع دقائق قبل إعادة المحاولة.

err-email-invalid = اكتب عنوان بريد إلكتروني صحيحا، يتكون من اسم ثم علامة @ ثم نطاق.
err-password-too-short = يجب أن تتكون كلمة المرور من اثني عشر حرفا على الأقل.
err-password-too-long = يجب ألا تتجاوز كلمة المرور مائة وثمانية وعشرين حرفا.
err-password-common = كلمة المرور هذه شائعة جدا أو سهلة التخمين. اختر غيرها.
err-name-not-arabic = اكتب هذا الاسم بالحروف العربية.
err-name-not-latin = اكتب هذا الاسم بالحروف اللاتينية.
err-date-invalid = أدخل تاريخا صحيحا.
err-date-birth-out-of-range = يجب أن يكون تاريخ الازدياد في الماضي وبعد سنة 1900.
err-sex-invalid = اختر قيمة من القائمة.
err-country-unknown = اختر بلدا من القائمة.
err-phone-invalid = اكتب رقما مع رمز البلد، مثلا +32 470 12 34 56.
err-idcs-invalid = يتكون المعرف الرقمي المدني والاجتماعي من عشرة أرقام بالضبط.
err-cnie-invalid = يبدأ رقم البطاقة الوطنية بحرف أو حرفين لاتينيين تتبعهما أرقام.
err-consular-number-invalid = يتكون رقم التسجيل من عشرين حرفا أو رقما على الأكثر.
err-place-invalid = اكتب اسم مكان (ثمانون حرفا على الأكثر).
err-org-invalid-id = معرف إدارة غير صالح.
err-role-unknown = صفة غير معروفة.
err-orgmap-invalid = خريطة إدارات غير صالحة.
err-case-ref-invalid = مرجع الملف غير صالح: تحقق منه.
err-etimbre-invalid = يتكون رمز التنبر الإلكتروني من ستة عشر رقما.
err-act-kind-invalid = اختر الولادة أو الزواج أو الطلاق أو الوفاة.
err-act-number-invalid = يتكون رقم الرسم من رقم إلى ستة أرقام، مثلا 1234.
err-act-year-invalid = تتكون سنة السجل من أربعة أرقام، من 1900 إلى السنة الحالية.
err-name-not-tifinagh = اكتب هذا الاسم بحروف تيفيناغ.
err-verification-code-invalid = يتكون رمز التحقق من 10 حروف وأرقام كما هو مطبوع تحت رمز الاستجابة السريعة (مثلا 7K3M9-QX4PA).
err-date-within-days = { $count ->
    [zero] يجب أن يكون التاريخ هو اليوم.
    [one] يجب أن يكون التاريخ اليوم أو أمس.
    [two] يجب أن يكون التاريخ خلال اليومين الأخيرين.
    [few] يجب أن يكون التاريخ خلال الأيام الـ{ $count } الأخيرة.
    [many] يجب أن يكون التاريخ خلال الـ{ $count } يوما الأخيرة: بعد ذلك يتم التصريح في المكتب بناء على حكم.
   *[other] يجب أن يكون التاريخ خلال الـ{ $count } يوم الأخيرة: بعد ذلك يتم التصريح في المكتب بناء على حكم.
}
err-rate-limited = محاولات كثيرة. انتظر بضع دقائق قبل إعادة المحاولة.
err-signin-failed = البريد الإلكتروني أو كلمة المرور غير صحيحين.
err-signin-unverified = أكد أولا بريدك الإلكتروني بالرابط الذي أرسلناه إليك.
err-totp-wrong = هذا الرمز غير صالح. اكتب الرمز المعروض الآن، أو رمزا احتياطيا.
err-consular-post-unknown = اختر مركزا قنصليا من القائمة.
err-phone-needed-for-sms = أدخل رقم هاتف لتتلقى الرسائل النصية.
err-current-password-wrong = كلمة المرور الحالية غير صحيحة.
err-name-required = اكتب اسما (ثمانون حرفا على الأكثر).
err-role-required = اختر صفة.
err-org-out-of-scope = اختر إدارة من القائمة.
err-email-taken = يوجد حساب يستعمل هذا العنوان.

mail-footer = نافذة — الشباك الموحد لمغاربة العالم. تتلقى هذه الرسالة لأن إجراء تم بعنوانك.
mail-verify-subject = أكد بريدك الإلكتروني
mail-verify-body = مرحبا بك في نافذة.

    لتفعيل حسابك، أكد بريدك الإلكتروني. الرابط صالح لمدة ثمان وأربعين ساعة. إذا لم تنشئ حسابا، فتجاهل هذه الرسالة.
mail-verify-action = تأكيد عنواني
mail-already-subject = محاولة إنشاء حساب
mail-already-body = حاول شخص إنشاء حساب في نافذة بعنوانك، وهو مرتبط بحساب من قبل.

    إن كنت أنت، فسجل الدخول، أو اطلب كلمة مرور جديدة إن نسيتها. وإلا فتجاهل هذه الرسالة.
mail-already-action = تسجيل الدخول
mail-reset-subject = اختيار كلمة مرور جديدة
mail-reset-body = طلبت تغيير كلمة مرور حسابك في نافذة. الرابط صالح لمدة ساعة. إن لم تطلب شيئا، فتجاهل هذه الرسالة: لن تتغير كلمة مرورك.
mail-reset-action = اختيار كلمة مرور جديدة
mail-email-change-subject = أكد بريدك الإلكتروني الجديد
mail-email-change-body = طلبت استعمال هذا العنوان لحسابك في نافذة. الرابط صالح لمدة أربع وعشرين ساعة.
mail-email-change-action = تأكيد العنوان الجديد
mail-invite-subject = حسابك كموظف في نافذة
mail-invite-body = أنشأ لك مدير النظام حساب موظف في نافذة. اختر كلمة مرورك بالرابط أدناه (صالح لمدة سبعة أيام)، ثم فعل التحقق بخطوتين.
mail-invite-action = اختيار كلمة مروري
anonymous-lead = يمكنك تقديم شكاية بدون حساب: أدخل عنوان بريدك الإلكتروني؛ نرسل إليك رابطا لتأكيده، وتسجل الشكاية عند فتحه.
anonymous-email-hint = يرسل الوصل والجواب إلى هذا العنوان.
anonymous-check-title = أكد عنوانك
anonymous-check-text = أرسلنا إليك رابطا (صالحا 48 ساعة). تسجل شكايتك بمجرد فتحه؛ ولا يسجل شيء قبل ذلك.
anonymous-confirm-title = تسجيل شكايتك
anonymous-confirm-lead = أكد عنوانك لتسجيل الشكاية التي قدمتها.
anonymous-confirm-submit = تسجيل شكايتي
anonymous-registered-title = تم تسجيل شكايتك
anonymous-registered-text = أرسل إليك الوصل بالبريد الإلكتروني. لتتبع شكايتك أو تقييم الجواب أو إعادة فتحها، سجل الدخول؛ وإذا لم تكن لديك كلمة مرور بعد، فاختر واحدة عبر الرابط أدناه.
anonymous-registered-password = اختيار كلمة مرور
anonymous-link-used-title = لم يعد هذا الرابط صالحا
anonymous-link-used-text = سبق استعماله، أو مر عليه أكثر من 48 ساعة.
anonymous-again = تقديم شكاية
err-own-case-signin = سجل الدخول لربط أحد طلباتك.
mail-confirm-filing-subject = أكد شكايتك على نافذة
mail-confirm-filing-body = قدم شخص — ربما أنت — شكاية على نافذة بهذا العنوان. افتح الرابط أدناه لتسجيلها (صالح 48 ساعة). إذا لم تكن أنت، فلا تفعل شيئا: لن يسجل أي شيء.
mail-confirm-filing-action = تسجيل شكايتي
nav-complaint-new = تقديم شكاية بدون حساب

nav-catalogue = الإجراءات
home-catalogue-link = عرض كل الإجراءات
catalogue-title = الإجراءات
catalogue-lead = الدليل الرسمي: لكل إجراء، الوثائق التي يمكن للإدارة أن تطلبها منك، ولا شيء غيرها، والكلفة، والأجل القانوني، والجهة التي تتوجه إليها.
catalogue-search-label = البحث عن إجراء
catalogue-search-submit = بحث
catalogue-filters = التصفية
catalogue-themes = المواضيع
catalogue-all-themes = كل المواضيع
catalogue-by-administration = حسب الإدارة
catalogue-all-administrations = كل الإدارات
catalogue-results = { $count ->
    [zero] لا يوجد أي إجراء
    [one] إجراء واحد
    [two] إجراءان
    [few] { $count } إجراءات
    [many] { $count } إجراء
   *[other] { $count } إجراء
}
catalogue-none = لا يوجد إجراء مطابق. جرب كلمة أخرى أو أزل أحد المرشحات.
catalogue-back = → كل الإجراءات
theme-civil-status = الحالة المدنية
theme-identity-travel = الهوية والسفر
theme-consular = الخدمات القنصلية
theme-urbanism = التعمير والأنشطة
theme-complaints = الشكايات
theme-mre-services = خدمات مغاربة العالم
applicant-self = أنت شخصيا
applicant-minor-child = ابنك القاصر
applicant-family = فرد من أسرتك
applicant-representative = وكيل
applicant-architect = مهندس معماري موكل
procedure-who = من يمكنه الطلب
procedure-responsible = الإدارة المختصة
procedure-fee = الكلفة
procedure-fee-free = بالمجان
procedure-fee-amount = { $count } درهم
procedure-delay = الأجل القانوني لاتخاذ القرار
delay-working = { $count ->
    [zero] لا يوم عمل
    [one] يوم عمل واحد
    [two] يوما عمل
    [few] { $count } أيام عمل
    [many] { $count } يوم عمل
   *[other] { $count } يوم عمل
}
delay-calendar = { $count ->
    [zero] لا يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يوما
   *[other] { $count } يوم
}
procedure-extendable = قابل للتمديد مرة واحدة بـ { $count } يوما، مع التعليل.
procedure-silence-tacit = إذا لم تتخذ الإدارة قرارها داخل الأجل، يعتبر الطلب مقبولا ضمنيا (القانون 55.19) ويسلم العامل شهادة بسكوت الإدارة.
procedure-documents = الوثائق المطلوبة
procedure-documents-binding = هذه اللائحة ملزمة: لا يجوز للإدارة أن تطلب منك وثيقة أخرى، ولا وثيقة توجد بحوزتها (القانون 55.19).
procedure-documents-none = لا توجد وثائق مطلوبة.
procedure-document-optional = إذا كانت تخصك
procedure-entitlement = من يمكنه الحصول على الوثيقة
procedure-entitlement-intro = لا تسلم هذه الوثيقة إلا للأشخاص الآتي ذكرهم، بعد التحقق من صفتهم. أرفق الإثبات المطلوب لصفتك.
procedure-entitlement-relation = صفتك بالنسبة لصاحب الرسم
procedure-entitlement-proof = الإثبات المطلوب
procedure-entitlement-identity = التحقق من هويتك فقط
procedure-entitlement-source = السند: { $source }.
procedure-entitlement-to-confirm = هذه قراءة متشددة للنص، في انتظار التأكد منها.
procedure-where = الجهة التي تتوجه إليها
procedure-version = الصيغة { $version } من هذا الإجراء.

nav-cases = طلباتي
nav-queue = قائمة الملفات
procedure-start = بدء هذا الإجراء
procedure-start-signin = سجل الدخول لبدء هذا الإجراء.
start-back = → العودة إلى بطاقة الإجراء
start-lead = يجب أن تتخذ الإدارة قرارها داخل أجل { $delay }. تتوصل بوصل الإيداع فور الإرسال.
start-office-search = البحث عن المكتب
start-office-search-hint = اسم مدينته بالعربية أو بالحروف اللاتينية، مهما كانت طريقة كتابته (الحسيمة، Al Hoceima…).
start-office-search-submit = بحث
start-admin-search = ابحث عن الإدارة المعنية
start-admin-search-hint = اسمها أو مدينتها، بالعربية أو الفرنسية أو الإنجليزية، كيفما كانت الكتابة (قنصلية بروكسيل، إمزورن، Imzouren…).
form-optional = (اختياري)
form-only-if = فقط إذا اخترت: { $choice }
start-files-hint = ملفات بصيغة الوثيقة المحمولة أو صور، خمسة ميغابايت على الأكثر لكل ملف.
start-representation = طلب لفائدة شخص آخر
start-representation-optional = إذا كنت تتصرف بصفتك وكيلا عن شخص آخر، فاذكر اسمه وأرفق وكالتك. اترك هذا فارغا إذا كان الطلب لنفسك.
start-representation-required = يودع هذا الطلب من طرف وكيل: اذكر اسم الشخص الذي تنوب عنه وأرفق وكالتك.
start-represented-name = الاسم الكامل للشخص الذي تنوب عنه
start-mandate = الوكالة
start-mandate-hint = الوكالة الموقعة مع تصحيح الإمضاء، ملفا بصيغة الوثيقة المحمولة أو صورة، 5 ميغابايت على الأكثر.
err-represented-required = اذكر اسم الشخص الذي تنوب عنه.
err-represented-name = يجب أن يتكون الاسم من 2 إلى 120 حرفا.
case-represented = أودعته لفائدة { $name } بصفتك وكيلا عنه.
case-represented-staff = مودع لفائدة { $name } من طرف وكيل (صاحب الحساب)؛ تحقق من الوكالة المرفقة.
start-submit = إرسال طلبي
form-files-again = حفاظا على أمنك، لا تحفظ الملفات عندما تتضمن الاستمارة خطأ: أرفقها من جديد.
err-field-required = املأ خانة «{ $field }».
err-text-too-long = { $count } حرفا على الأكثر.
err-number-invalid = أدخل عددا صحيحا.
err-choice-invalid = اختر قيمة من القائمة.
err-file-too-large = الملف «{ $document }» يتجاوز خمسة ميغابايت.
err-document-required = أرفق «{ $document }».
err-proof-required = أرفق «{ $document }»، فهي تثبت صفتك بالنسبة لصاحب الرسم.
err-file-unreadable = تعذرت قراءة «{ $document }»: الملف ناقص أو تالف. أرسل نسخة كاملة مقروءة (وثيقة محمولة أو صورة).
err-too-many-files = { $count ->
    [zero] لا ملف لـ«{ $document }».
    [one] ملف واحد فقط لـ«{ $document }».
    [two] ملفان على الأكثر لـ«{ $document }».
    [few] { $count } ملفات على الأكثر لـ«{ $document }».
    [many] { $count } ملفًا على الأكثر لـ«{ $document }».
   *[other] { $count } ملف على الأكثر لـ«{ $document }».
}
start-max-files = { $count ->
    [zero] لا ملف.
    [one] ملف واحد.
    [two] ملفان على الأكثر.
    [few] حتى { $count } ملفات.
    [many] حتى { $count } ملفًا.
   *[other] حتى { $count } ملف.
}
err-file-type = يجب أن يكون «{ $document }» ملفا بصيغة الوثيقة المحمولة أو صورة.
err-message-length = اكتب رسالة من حرف واحد إلى { $count } حرفا.
err-motivation-required = يجب تعليل القرار السلبي (عشرة أحرف على الأقل).
err-request-empty = اختر وثيقة واحدة على الأقل من اللائحة، أو صف وثيقة أخرى مع تعليل.
err-unlisted-needs-reason = تتطلب الوثيقة غير الواردة في اللائحة تعليلا مكتوبا يطلع عليه المرتفق ويمكنه التظلم منه.
err-case-changed = تغير الملف في الأثناء؛ هذه حالته الآن.
receipt-title = وصل الإيداع
receipt-reference = سجل طلبك تحت المرجع:
receipt-procedure = الإجراء
receipt-administration = الإدارة
receipt-filed = تاريخ الإيداع
receipt-due = آخر أجل للقرار
receipt-after-payment = يبدأ أجل الإدارة من تاريخ الأداء: يتأخر هذا التاريخ بعدد الأيام التي ينتظر فيها الطلب أداءه.
receipt-next-title = ماذا بعد؟
receipt-next-text = تدرس الإدارة طلبك. إذا نقصت وثيقة من اللائحة، تطلبها منك هنا ويتوقف احتساب الأجل إلى حين جوابك. نخبرك في كل مرحلة.
receipt-legal = يسلم هذا الوصل تطبيقا للقانون رقم 55.19؛ وهو حجة على تاريخ الإيداع.
receipt-follow = تتبع طلبي
receipt-print = لطباعته، استعمل وظيفة الطباعة في متصفحك.
receipt-pdf = تحميل الوصل
check-title = التحقق من وثيقة
check-lead = يمكن لأي شخص التحقق من وثيقة سلمتها نافذة: أدخل الرمز المطبوع تحت رمز الاستجابة السريعة، أو قدم الملف. لا حاجة إلى حساب.
check-code = رمز التحقق
check-code-hint = عشرة حروف وأرقام، مثلا 7K3M9-QX4PA.
check-submit = تحقق
check-file-title = التحقق من ملف
check-file-lead = يتم التحقق من ختم الملف بايتا بايتا: أي تغيير في الوثيقة يجعلها غير صالحة.
check-file = الملف
check-file-submit = تحقق من الملف
check-file-authentic = الملف الذي قدمته أصلي: هو بالضبط ما سلمته الإدارة.
check-file-tampered = تم تغيير هذا الملف بعد تسليمه: ليس أصليا.
check-file-unknown-key = ختم هذا الملف بمفتاح لم تنشره نافذة قط: ليس أصليا.
check-file-not-sealed = هذا الملف ليس وثيقة سلمتها نافذة، أو أنه ناقص.
check-keys = المفاتيح العمومية التي تختم بها الوثائق:
check-valid = وثيقة صالحة
check-revoked = وثيقة ملغاة
check-expired = وثيقة منتهية الصلاحية
check-unknown = لا توجد وثيقة بهذا الرمز
check-unknown-text = تحقق من الرمز المطبوع على الورقة. لا تقبل وثيقة بدون رمز صالح.
check-revoked-reason = السبب:
check-compare = للمقارنة مع الورقة
check-privacy = لا يعرض إلا ما يلزم للمقارنة مع الورقة.
check-revoke-title = إلغاء هذه الوثيقة
check-revoke-reason = سبب الإلغاء (يعرض في هذه الصفحة)
check-revoke = إلغاء
doc-kind-birth-extract = نسخة موجزة من رسم الولادة
doc-kind-birth-full-copy = نسخة كاملة من رسم الولادة
doc-kind-receipt = وصل إيداع طلب
doc-kind-silence-certificate = شهادة سكوت الإدارة
doc-kind-payment-receipt = وصل الأداء
doc-field-receipt-number = رقم الوصل
doc-field-paid-on = تاريخ الأداء
doc-field-name-ar = الاسم (بالعربية)
doc-field-name-latin = الاسم (بالحروف اللاتينية)
doc-field-name-tifinagh = الاسم (بتيفيناغ)
doc-field-event-date = التاريخ
doc-field-place = المكان
doc-field-act = الرسم
doc-field-reference = الطلب
doc-field-copies = عدد النسخ
doc-field-issued-on = تاريخ التسليم
doc-state = المملكة المغربية
doc-field-sex = الجنس
doc-field-father = الأب
doc-field-mother = الأم
doc-field-margin = البيانات الهامشية
doc-sex-F = أنثى
doc-sex-M = ذكر
doc-margin-none = لا شيء
doc-act-value = رقم { $number } لسنة { $year }
doc-issued-line = سلمت إلكترونيا بتاريخ { $date } من طرف { $office } برسم الطلب { $reference }.
doc-sealed-line = وافق عليها { $officer }، ومختومة باسم { $office } بمفتاحه { $key }.
doc-officer-partner = النظام الشريك للمكتب
doc-officer-platform = المنصة، لصاحب الرسم بعد التحقق من هويته
doc-officer-system = المنصة
err-act-not-in-register = لا يطابق أي رسم في السجل هذا الطلب (المكتب، الاسم، تاريخ الازدياد، رقم الرسم): اطلب من المعني تصحيحه، أو ارفض الطلب مع التعليل.
err-own-case = اختر أحد طلباتك.
case-complaints = الشكايات المتعلقة بهذا الطلب
answer-title = جواب الإدارة
rating-title = ما رأيك في الجواب؟
stats-title = كيف تجيب الإدارات على الشكايات
stats-lead = جميع الشكايات المودعة على نافذة، معدودة حسب الإدارة المعنية وحسب الشهر: كم منها تلقى جوابا، وكم داخل الأجل القانوني (60 يوما)، وفي أي مدة، ومدى رضا المعنيين. لا يظهر أي اسم ولا أي طلب.
stats-chart-title = الشكايات المتوصل بها والمجاب عنها داخل الأجل، حسب الشهر
stats-chart-caption = الرمادي: المتوصل بها. الأخضر: المجاب عنها داخل الأجل.
stats-all = جميع الإدارات
stats-by-org = حسب الإدارة
stats-by-month = حسب شهر الإيداع
stats-received = المتوصل بها
stats-answered = المجاب عنها
stats-on-time = داخل الأجل
stats-average = متوسط مدة الجواب (بالأيام)
stats-p90 = 9 من 10 أجيب عنها في (أيام)
stats-satisfaction = الرضا (التقييمات)
stats-csv = تحميل بصيغة CSV
stats-privacy = الأرقام مجرد أعداد ومدد، ولا تتضمن أي معطى شخصي؛ وكل مجموعة تضم أقل من 5 شكايات تدمج مع غيرها أو تحجب.
nav-statistics = الإحصائيات
rating-stars = تقييمك
rating-given = { $count ->
    [zero] لا نجمة من 5
    [one] نجمة واحدة من 5
    [two] نجمتان من 5
    [few] { $count } نجوم من 5
    [many] { $count } نجمة من 5
   *[other] { $count } نجمة من 5
}
rating-comment = تعليق (اختياري)
rating-submit = تقييم الجواب
err-rating = اختر من نجمة إلى 5 نجوم؛ ولا يتجاوز التعليق 1000 حرف.
reopen-title = غير راض؟
reopen-until = يمكنك إعادة فتح هذه الشكاية إلى غاية { $date }.
reopen-reason = سبب إعادة الفتح
reopen-submit = إعادة فتح الشكاية
mediateur-title = اللجوء إلى مؤسسة الوسيط
mediateur-lead = إذا لم يحسم الجواب الأمر، يمكنك اللجوء إلى مؤسسة وسيط المملكة. حمل الملف الكامل — شكايتك وكل مراحلها والجواب ووثائقك — وأرفقه بطلبك.
mediateur-export = تحميل الملف الكامل
event-mediateur-export = صدر الملف الكامل لمؤسسة الوسيط
err-reopen-period = انقضى أجل إعادة فتح هذه الشكاية.
err-reopen-reason = اذكر سبب إعادة فتحها (من 10 إلى 2000 حرف).
case-unlisted-complain-lead = طلبت منك الإدارة وثيقة غير مدرجة في قائمة هذا الإجراء.
case-unlisted-complain = قدم شكاية بشأن ذلك (القانون 55.19)
err-act-data-invalid = ينقص الطلب ما يتطلبه السجل (الأسماء، التاريخ، المكان): اطلبه من المعني.
err-act-profile-incomplete = لا يتضمن الملف الشخصي للمعني اسمه بالحروف العربية الذي يتطلبه السجل: اطلب منه إتمامه.
event-registered = سجل في السجل: رسم رقم { $act }
err-awaiting-payment = لم يتم أداء الطلب بعد: يمكن قبوله بعد الأداء (عبر الإنترنت أو في الشباك مع تسجيله أدناه).
event-document-issued = سلمت الوثيقة: { $code }
event-document-revoked = ألغيت الوثيقة: { $code }
case-issue-now = تسليم الوثيقة الآن
case-documents = الوثائق المسلمة
case-document-download = تحميل الملف
case-document-verify = صفحة التحقق
doc-code = رمز التحقق:
doc-verify-at = تحقق منها على
doc-verify-at-short = تحقق منها بمسح الرمز
dashboard-title = طلباتي
dashboard-lead = كل طلباتك، لدى كل الإدارات، في مكان واحد.
dashboard-new = تقديم طلب جديد
dashboard-empty = ليس لديك أي طلب بعد.
phase-received = تم التوصل
phase-in-progress = قيد المعالجة
phase-waiting-for-you = في انتظارك
phase-approved = مقبول
phase-rejected = مرفوض
phase-withdrawn = مسحوب
phase-closed = مغلق
next-send-documents = المطلوب منك: إرسال الوثائق المطلوبة
countdown-left-working = { $count ->
    [zero] القرار منتظر اليوم
    [one] يبقى يوم عمل واحد
    [two] يبقى يوما عمل
    [few] تبقى { $count } أيام عمل
    [many] يبقى { $count } يوم عمل
   *[other] يبقى { $count } يوم عمل
}
countdown-left-calendar = { $count ->
    [zero] القرار منتظر اليوم
    [one] يبقى يوم واحد
    [two] يبقى يومان
    [few] تبقى { $count } أيام
    [many] يبقى { $count } يوما
   *[other] يبقى { $count } يوم
}
countdown-overdue-working = { $count ->
    [one] متأخر بيوم عمل واحد
    [two] متأخر بيومي عمل
    [few] متأخر بـ { $count } أيام عمل
    [many] متأخر بـ { $count } يوم عمل
   *[other] متأخر بـ { $count } يوم عمل
}
countdown-overdue-calendar = { $count ->
    [one] متأخر بيوم واحد
    [two] متأخر بيومين
    [few] متأخر بـ { $count } أيام
    [many] متأخر بـ { $count } يوما
   *[other] متأخر بـ { $count } يوم
}
countdown-stopped-working = { $count ->
    [zero] الأجل موقوف: لن يبقى أي يوم عمل عند استئنافه
    [one] الأجل موقوف: سيبقى يوم عمل واحد عند استئنافه
    [two] الأجل موقوف: سيبقى يوما عمل عند استئنافه
    [few] الأجل موقوف: ستبقى { $count } أيام عمل عند استئنافه
    [many] الأجل موقوف: سيبقى { $count } يوم عمل عند استئنافه
   *[other] الأجل موقوف: سيبقى { $count } يوم عمل عند استئنافه
}
countdown-stopped-calendar = { $count ->
    [zero] الأجل موقوف: لن يبقى أي يوم عند استئنافه
    [one] الأجل موقوف: سيبقى يوم واحد عند استئنافه
    [two] الأجل موقوف: سيبقى يومان عند استئنافه
    [few] الأجل موقوف: ستبقى { $count } أيام عند استئنافه
    [many] الأجل موقوف: سيبقى { $count } يومًا عند استئنافه
   *[other] الأجل موقوف: سيبقى { $count } يوم عند استئنافه
}
case-status = المرحلة
case-send-documents = إرسال الوثائق
case-timeline = السجل
case-files = الملفات المرفقة
case-write = مراسلة الإدارة
case-message = الرسالة
case-send = إرسال
case-withdraw = سحب طلبي
actor-system = نافذة
actor-you = أنت
event-filed = تم إيداع الطلب
event-transition = مرحلة جديدة: { $status }
event-message = رسالة من { $who }
event-note = ملاحظة داخلية من { $who }
event-viewed = اطلع على الملف: { $who }
event-assigned = تكفل بالملف: { $who }
view-reason-processing = السبب: معالجة الطلب
view-reason-supervision = السبب: الإشراف
view-reason-opinion = السبب: طلب رأي
view-reason-follow-up = السبب: تتبع من طرف الخلية الإقليمية لمغاربة العالم
err-cell-coordinates-only = الخلية الإقليمية تتبع هذا الملف وتنسق بشأنه؛ الإدارة التي تعالجه هي التي تقرر.
queue-title = قائمة الملفات
queue-open = الجارية
queue-mine = ملفاتي
queue-all = الكل
queue-empty = لا يوجد أي ملف هنا.
queue-reference = المرجع
queue-assignee = المتكفل
queue-me = أنا
queue-someone = زميل
case-claim = التكفل بالملف
case-form = الاستمارة
request-listed = الوثائق المطلوبة من اللائحة
request-unlisted = وثيقة أخرى (خارج اللائحة)
request-unlisted-hint = يمنع القانون 55.19 طلب وثيقة غير واردة في اللائحة: ترسل كرسالة مع سببها، دون توقيف الأجل، ويمكن للمرتفق تقديم شكاية.
request-unlisted-reason = تعليل الطلب خارج اللائحة
action-motivation-required = التعليل (إجباري)
action-comment = تعليق للمرتفق (اختياري)
case-write-applicant = مراسلة المرتفق
case-internal-note = ملاحظة داخلية
case-note = ملاحظة (للموظفين فقط)
case-add-note = إضافة الملاحظة
mail-receipt-subject = وصل إيداع طلبك { $reference }
mail-receipt-body = سجل طلبك «{ $procedure }» تحت المرجع { $reference }.

    يجب أن تتخذ الإدارة قرارها في أجل أقصاه { $due }. تعتبر هذه الرسالة وصلا (القانون رقم 55.19).
mail-receipt-action = تتبع طلبي
event-escalated-supervisor = انقضى الأجل: أحيل الملف على مشرف الإدارة
event-escalated-cell = تجاوز الأجل بكثير: أحيل الملف على الخلية الإقليمية
event-escalated-routing = لم توجه داخل الأجل: تم إبلاغ المشرف على الإدارة
flag-routing-overdue = تأخر في التوجيه
event-tacit-approval = انقضى الأجل القانوني دون قرار: يعتبر الطلب مقبولا ضمنيا (القانون 55.19). شهادة سكوت الإدارة متاحة.
silence-title = شهادة بسكوت الإدارة
silence-issuer = عمالة إقليم الحسيمة — ديوان العامل
silence-applicant = صاحب الطلب
silence-statement = لم تبت الإدارة المختصة في هذا الطلب داخل الأجل القانوني. وتطبيقا للقانون رقم 55.19 المتعلق بتبسيط المساطر والإجراءات الإدارية، يعتبر سكوتها قبولا للطلب.
nav-inbox = الرسائل
inbox-title = رسائلي
inbox-lead = كل ما كتبته الإدارات بخصوص طلباتك، في مكان واحد.
inbox-empty = لا توجد رسائل بعد.
inbox-new = جديد
mail-update-documents-subject = وثائق مطلوبة لطلبك { $reference }
mail-update-documents-body = تطلب الإدارة وثائق لطلبك «{ $procedure }» ({ $reference }). يتوقف احتساب الأجل إلى حين جوابك.
mail-update-message-subject = رسالة جديدة بخصوص طلبك { $reference }
mail-update-message-body = راسلتك الإدارة بخصوص طلبك «{ $procedure }» ({ $reference }).
mail-update-decision-subject = قرار بشأن طلبك { $reference }
mail-update-decision-body = اتخذ قرار بشأن طلبك «{ $procedure }» ({ $reference }).
mail-update-ready-subject = طلبك { $reference } جاهز للسحب
mail-update-ready-body = طلبك «{ $procedure }» ({ $reference }) جاهز. اسحبه شخصيا من { $place } في أجل أقصاه { $until }، مع وثيقة تثبت هويتك.
mail-update-step-subject = تقدم طلبك { $reference }
mail-update-step-body = انتقل طلبك «{ $procedure }» ({ $reference }) إلى مرحلة جديدة.
mail-update-overdue-subject = تأخر البت في طلبك { $reference }
mail-update-overdue-body = لم تبت الإدارة في طلبك «{ $procedure }» ({ $reference }) داخل الأجل القانوني. تم تنبيه المسؤولين عنها؛ ويمكنك أيضا تقديم شكاية.
sms-update-received = نافذة: توصلنا بطلبك { $reference }. { $link }
sms-update-documents = نافذة: مطلوب وثائق لطلبك { $reference }. { $link }
sms-update-message = نافذة: رسالة جديدة بخصوص طلبك { $reference }. { $link }
sms-update-decision = نافذة: صدر قرار في طلبك { $reference }. { $link }
sms-update-ready = نافذة: طلبك { $reference } جاهز للسحب من { $place } قبل { $until }، مع وثيقة هويتك. { $link }
sms-update-step = نافذة: تقدم طلبك { $reference } إلى مرحلة جديدة. { $link }
sms-update-overdue = نافذة: تجاوز طلبك { $reference } أجله؛ تم تنبيه المسؤولين. { $link }
flag-overdue = متأخرة
flag-due-soon = قريبة الأجل
flag-escalated = محالة للإشراف
flag-escalated-cell = محال على الخلية
flag-fast-lane = المسار السريع
flag-possible-duplicate = تكرار محتمل
flag-awaiting-payment = في انتظار الأداء
flag-stamp-to-check = تنبر إلكتروني للتحقق
pay-title = مبلغ يجب أداؤه قبل أن يعالج المكتب طلبك
pay-fee = الرسوم
pay-postage = مصاريف الإرسال
pay-total = المجموع
pay-amount = { $count ->
    [zero] لا شيء
    [one] درهم واحد
    [two] درهمان
    [few] { $count } دراهم
    [many] { $count } درهما
   *[other] { $count } درهم
}
pay-copies = { $count ->
    [zero] بدون نسخ
    [one] نسخة واحدة
    [two] نسختان
    [few] { $count } نسخ
    [many] { $count } نسخة
   *[other] { $count } نسخة
}
pay-online = الأداء عبر الإنترنت
pay-counter = يمكنك أيضا الأداء في شباك قنصلية أو الخلية الإقليمية بمرجع طلبك؛ ويسجل الموظف الأداء هنا.
pay-awaiting = في انتظار الأداء
pay-counter-receipt = رقم الوصل المسلم في الشباك
pay-counter-record = تسجيل الأداء
err-receipt-number = يتكون رقم الوصل من 3 إلى 40 حرفا أو رقما أو شرطة.
post-tracking = رقم تتبع الرسالة المضمونة
post-record = تسجيل الإرسال
err-tracking-number = يتكون رقم التتبع من 8 إلى 30 حرفا ورقما، مثلا RR123456789MA.
event-posted = أرسلت بالبريد المضمون: رقم التتبع { $tracking }
event-rated = { $count ->
    [zero] قيم الجواب بلا نجمة
    [one] قيم الجواب بنجمة واحدة من 5
    [two] قيم الجواب بنجمتين من 5
    [few] قيم الجواب بـ{ $count } نجوم من 5
    [many] قيم الجواب بـ{ $count } نجمة من 5
   *[other] قيم الجواب بـ{ $count } نجمة من 5
}
pay-test-title = خدمة الأداء التجريبية
pay-test-lead = هذه خدمة الأداء التجريبية للمنصة، للعرض فقط: لا تنتقل أي أموال. في الاستعمال الحقيقي يتم توجيهك إلى صفحة بنك.
pay-test-confirm = أداء
pay-test-decline = رفض الأداء
event-paid = { $count ->
    [zero] تم الأداء
    [one] تم أداء درهم واحد
    [two] تم أداء درهمين
    [few] تم أداء { $count } دراهم
    [many] تم أداء { $count } درهما
   *[other] تم أداء { $count } درهم
}
event-paid-receipt = وصل رقم { $receipt }
event-no-act-match = لا يطابق أي رسم في السجل طلبك
event-no-act-match-text = تحقق من الاسم وتاريخ الازدياد ورقم الرسم إن كنت تعرفه، وصححها أدناه. لن تؤدي مرة ثانية.
event-corrected = صحح المعني معلومات الطلب
event-stamp-checked = تم التحقق من شراء التنبر الإلكتروني بالشباك
correct-title = تصحيح معلومات طلبك
correct-lead = لا يتضمن سجل المكتب أي رسم يطابق هذه المعلومات. صححها وسيعاد البحث؛ لن تؤدي مرة ثانية.
correct-name-ar = الاسم الكامل بالعربية
correct-name-latin = الاسم الكامل بالحروف اللاتينية
correct-birth-date = تاريخ الازدياد
correct-act-number = رقم الرسم وسنته (مثلا 1234/1990) إن كنت تعرفهما
correct-submit = إعادة البحث
queue-next = الملفات الموالية
nav-holidays = العطل
nav-topics = مواضيع الشكايات
topics-title = مواضيع الشكايات
topics-lead = المواضيع والمواضيع الفرعية التي تودع الشكايات في إطارها. الموضوع المسحوب لم يعد معروضا، وتحتفظ به الشكايات التي تذكره.
topics-id = المعرف
topics-id-hint = من 2 إلى 40 حرفا لاتينيا صغيرا أو رقما أو شرطة.
topics-retired = مسحوب
topics-retire = سحب
topics-add = إضافة موضوع أو موضوع فرعي
topics-parent = تحت الموضوع
topics-parent-none = (موضوع جديد)
topics-save = إضافة
err-topic-id = يتكون المعرف من 2 إلى 40 حرفا لاتينيا صغيرا أو رقما أو شرطة.
err-topic-taken = هذا المعرف مستعمل من قبل.
holidays-title = العطل الرسمية
holidays-lead = تحتسب الآجال القانونية بأيام العمل دون هذه الأيام. تتبع الأعياد الدينية التقويم القمري: أكد تواريخها أو صححها كل سنة.
holidays-day = اليوم
holidays-religious = عيد ديني
holidays-provisional = تاريخ في انتظار التأكيد
holidays-delete = حذف
holidays-add = إضافة عطلة أو تصحيحها
holidays-add-hint = يعوض اليوم الموجود من قبل.
holidays-name-ar = الاسم بالعربية
holidays-name-fr = الاسم بالفرنسية
holidays-name-en = الاسم بالإنجليزية
holidays-save = حفظ
case-assign = إسناد الملف
case-assign-to = إسناد إلى
case-transfer = إحالة على الإدارة المختصة
case-transfer-to = إحالة على
case-transfer-reason = السبب (سيطلع عليه المرتفق)
event-transferred = أحيل الملف على { $org }
opinions-title = الآراء المطلوبة
opinions-empty = لا ينتظر أي رأي من إدارتك.
opinions-asked-by = طلبته
opinion-title = الرأي
opinion-question = السؤال
opinion-verdict = رأيك
opinion-text = نص الرأي
opinion-submit = إبداء الرأي
verdict-favourable = موافق
verdict-reserves = موافق مع تحفظات
verdict-unfavourable = غير موافق
opinions-of-case = آراء الإدارات الأخرى
opinion-awaited = في الانتظار
opinion-ask-org = طلب رأي
opinion-ask = طلب الرأي
event-opinion-requested = طلب رأي { $org }
event-opinion-given = رأي { $who }
queue-select = التحديد
queue-select-case = تحديد الملف { $reference }
queue-claim-selected = التكفل بالملفات المحددة
queue-bulk = بالملفات المحددة
queue-bulk-op = الإجراء
queue-bulk-assign = إسناد إلى زميل
queue-bulk-assignee = الزميل
queue-bulk-apply = تطبيق على الملفات المحددة
queue-bulk-done = { $count ->
    [zero] لم يعالج أي ملف.
    [one] عولج ملف واحد.
    [two] عولج ملفان.
    [few] عولجت { $count } ملفات.
    [many] عولج { $count } ملفا.
   *[other] عولج { $count } ملف.
}
queue-bulk-skipped = { $count ->
    [zero] لم يستبعد أي ملف.
    [one] استبعد ملف واحد (غير مسموح أو تغير في الأثناء).
    [two] استبعد ملفان (غير مسموح أو تغيرا في الأثناء).
    [few] استبعدت { $count } ملفات (غير مسموح أو تغيرت في الأثناء).
    [many] استبعد { $count } ملفا (غير مسموح أو تغير في الأثناء).
   *[other] استبعد { $count } ملف (غير مسموح أو تغير في الأثناء).
}
case-possible-duplicate = لنفس الشخص طلبات مفتوحة أخرى بنفس الاستمارة:
case-fast-lane-reason = سبب إدراج هذا الملف في المسار السريع (يطلع عليه المعني)
case-fast-lane-on = إدراج في المسار السريع
case-fast-lane-off = إخراج من المسار السريع
event-fast-lane = أدرج في المسار السريع من طرف { $who }
event-fast-lane-off = أخرج من المسار السريع من طرف { $who }
event-fast-lane-card = في الممر السريع: صاحب الطلب يحمل بطاقة خدمات مغاربة العالم { $number }
mail-escalation-subject = ملف متأخر: { $reference }
mail-escalation-body = انقضى الأجل القانوني للطلب «{ $procedure }» ({ $reference }) لدى { $org }. أحيل عليك الملف للتتبع.
case-extend = { $count ->
    [one] تمديد الأجل بيوم واحد
    [two] تمديد الأجل بيومين
    [few] تمديد الأجل بـ { $count } أيام
   *[other] تمديد الأجل بـ { $count } يوما
}
case-extend-reason = سبب التمديد (سيطلع عليه المرتفق)
event-extended = { $count ->
    [one] مدد الأجل بيوم واحد
    [two] مدد الأجل بيومين
    [few] مدد الأجل بـ { $count } أيام
   *[other] مدد الأجل بـ { $count } يوما
}
err-idempotency-key = لا يحمل هذا الإرسال مفتاحا صالحا: أعد تحميل الاستمارة وأرسلها من جديد (ترسل التطبيقات مفتاح إرسال من 16 إلى 128 حرفا).
err-transition-not-allowed = هذا الإجراء غير ممكن على هذا الملف في حالته الحالية.
err-stamp-to-check = تعذر التحقق من التنبر الإلكتروني لدى المديرية العامة للضرائب: تحقق من وصل الشراء (البنك أو الموقع) قبل القبول.
err-stamp-not-to-check = هذا الطلب ليس فيه تنبر إلكتروني للتحقق.
stamp-to-check-text = خدمة التحقق التابعة للمديرية العامة للضرائب غير مربوطة: تحقق من وصل شراء التنبر الإلكتروني (البنك أو الموقع) الذي يقدمه الشخص، ثم أكده هنا. لا يمكن قبول الطلب قبل ذلك.
stamp-checked-button = تحققت من شراء التنبر الإلكتروني
err-production-stages-only = مصلحة الإنتاج لا تحرك إلا مراحل الإنتاج؛ أخذ البصمات والتسليم من اختصاص المركز.
err-only-supervisors-assign = لا يمكن إسناد ملف إلا من طرف مسؤول.
err-only-supervisors-fast-lane = لا يمكن وضع ملف في المسار السريع إلا من طرف مسؤول.
err-claim-needs-account = لا يمكن التكفل بملف إلا من طرف عون مسجل الدخول.
err-nothing-to-pay = هذا الطلب لا ينتظر أي أداء.
err-nothing-to-correct = لم يعد بالإمكان تصحيح معلومات هذا الطلب.
err-not-answered = لم تتلق هذه الشكاية جوابا بعد.
err-opinion-given = سبق إبداء هذا الرأي.
err-not-extendable = لا يمكن تمديد أجل هذا الملف.
err-nothing-to-post = ليس لهذا الطلب ما يرسل عبر البريد.
err-nothing-to-issue = ليس لهذا الطلب وثيقة للتسليم.
err-invalid = بعض المعلومات المرسلة غير صالحة.
err-already-revoked = هذه الوثيقة ملغاة من قبل.
event-review-before-issuance = تم أداء طلبك والرسم موجود في السجل. يتحقق المكتب من أحقيتك في الحصول عليه قبل تسليمه.
event-review-before-issuance-unverified = لم يتم التحقق بعد من هويتك على نافذة (من طرف عون أو بالهوية الإلكترونية)، لذلك يقارن عون بطاقة التعريف المرفقة بالرسم ثم يسلم الوثيقة في أجل أقصاه التاريخ المبين في وصلك. وإن نقصت وثيقة يطلبها منك هنا. لتحصل على وثائقك فورا في المرة القادمة، اطلب التحقق من هويتك من صفحة حسابك.
event-review-before-issuance-mismatch = الهوية التي تم التحقق منها في حسابك لا تطابق صاحب الرسم (الاسم أو تاريخ الازدياد). طلبك لم يرفض: يقارن عون وثيقة هويتك بالرسم، ثم يسلم الوثيقة أو يخبرك بما يجب تصحيحه، في أجل أقصاه التاريخ المبين في وصلك.
event-review-before-issuance-relation = يتحقق عون من إثبات صفتك بالنسبة لصاحب الرسم (الوثيقة المرفقة)، ثم يسلم الوثيقة في أجل أقصاه التاريخ المبين في وصلك. وإن نقص إثبات يطلبه منك هنا.
receipt-documents = الوثائق المودعة
receipt-none = لا شيء
receipt-silence = في غياب جواب في هذا التاريخ
receipt-silence-approval = يعتبر الطلب مقبولا (القانون رقم 55.19)
receipt-silence-none = يمكنكم تقديم شكاية عبر نافذة

# Identity assurance and who obtained an act
identity-title = هويتي على نافذة
identity-lead = يحدد مستوى التحقق من هويتك ما يمكن تسليمه لك دون مراجعة: لا تسلم وثيقة حالة مدنية فورا إلا لصاحبها الذي تم التحقق من هويته وطابقت الرسم.
identity-level = المستوى
identity-level-email = البريد الإلكتروني فقط (لم يتم التحقق من الهوية)
identity-level-agent-checked = تحقق منها عون
identity-level-eid = الهوية الرقمية الوطنية
identity-why = حسابك يثبت فقط أنك تتوصل بالبريد على هذا العنوان. ستتم مراجعة طلباتك للوثائق من طرف عون قبل التسليم.
identity-raise = رفع مستوى التحقق
identity-counter-heading = في شباك مركز قنصلي أو الخلية الإقليمية
identity-counter-how = قدم بطاقتك الوطنية أو جواز سفرك الأصلي للعون، وأعطه عنوان بريدك والرمز أسفله (يتغير كل نصف ساعة).
identity-counter-code = رمز الشباك:
identity-eid-heading = بالهوية الرقمية الوطنية
identity-eid-how = تأكيد هويتك عبر مزود الهوية الرقمية المرتبط ببطاقتك الوطنية الإلكترونية.
identity-eid-start = المتابعة نحو الهوية الرقمية
identity-history = سجل التحقق
identity-history-none = لم يتم أي تحقق بعد.
identity-when = التاريخ
identity-how = الطريقة
identity-method-counter = عون في الشباك
identity-method-document-review = عون راجع وثيقة الهوية المرسلة
identity-method-eid-provider = مزود الهوية الرقمية
identity-document-cnie = البطاقة الوطنية
identity-document-passport = جواز السفر
identity-test-title = مزود الهوية التجريبي
identity-test-lead = هذه الصفحة تلعب دور مزود الهوية الرقمية في العرض التجريبي والاختبارات فقط. أدخل البيانات التي سيؤكدها المزود.
identity-test-confirm = تأكيد الهوية
identity-test-cancel = إلغاء
identity-counter-title = التحقق من الهوية في الشباك
identity-counter-lead = أدخل ما تقرؤه على الوثيقة الأصلية التي يقدمها الشخص الحاضر أمامك، مع عنوان بريده والرمز الظاهر في حسابه.
identity-counter-done = تم تسجيل التحقق من هوية { $email }.
identity-counter-code-field = رمز الشباك
identity-counter-code-hint = ستة أرقام تظهر في صفحة «هويتي» بحساب الشخص.
identity-document-seen = الوثيقة المقدمة
identity-counter-cnie-hint = إلزامي مع البطاقة الوطنية. لا يحفظ إلا مقنعا ومشفرا.
identity-counter-submit = تسجيل التحقق
err-identity-counter-only = التحقق في الشباك خاص بأعوان المراكز القنصلية والخلية الإقليمية.
err-identity-request-expired = انتهت صلاحية هذا الطلب. أعد المحاولة من صفحة «هويتي».
err-identity-account-unknown = لا يوجد حساب مواطن بهذا العنوان.
err-identity-code-wrong = الرمز غير صحيح أو انتهت صلاحيته: اطلب من الشخص إعادة فتح صفحة «هويتي».
acts-title = من حصل على رسومي
acts-lead = الرسوم التي أنت صاحبها، مع كل وثيقة سلمت منها (لمن ومتى وبأي صفة) وكل اطلاع عليها من طرف الموظفين.
acts-none = لم يربط أي رسم بحسابك بعد: يربط الرسم عند أول تسليم لوثيقة منه لك بصفتك صاحبه.
acts-log-none = لا شيء مسجل.
acts-act = رسم { $kind } رقم { $number }/{ $year }، { $office } ({ $date })
acts-issued = { $document } سلمت إلى { $who } من طرف { $office }، بصفة: { $ground }.
acts-consulted = اطلع عليه { $who } من { $office }: { $ground }.
acts-who-you = أنت
acts-who-agent = عون
acts-who-supervisor = مسؤول
acts-who-admin = مدير
acts-who-system = المنصة
acts-who-applicant = صاحب الطلب
acts-ground-holder = صاحب الرسم
acts-ground-ascendant = أحد الأصول
acts-ground-descendant = أحد الفروع
acts-ground-spouse = الزوج
acts-ground-guardian = الوصي أو النائب الشرعي
acts-ground-mandated = وكيل
acts-ground-prosecutor-authorised = بإذن من النيابة العامة
acts-ground-undeclared = صفة غير مصرح بها (طلب قديم)
acts-ground-case-review = دراسة طلب
review-title = الحق في الحصول على الرسم
review-relation = صفة الطالب المصرح بها
review-proofs = الإثباتات المطلوبة
review-proof-attached = مرفق
review-proof-missing = غير مرفق
review-identity = هوية الطالب
review-act = الرسم
review-act-none = لم يعثر على أي رسم مطابق في السجل.
review-act-number = رقم الرسم
review-mismatch = الهوية التي تم التحقق منها لا تطابق صاحب الرسم:
review-mismatch-name = الاسم
review-mismatch-birth-date = تاريخ الازدياد
review-guide-holder = قارن وثيقة الهوية المرفقة بالرسم. إن تطابقا، سلم الوثيقة؛ وإلا اطلب وثيقة من اللائحة أو ارفض مع ذكر السبب.
review-guide-relation = تحقق من أن الإثبات المرفق يبين صلة الطالب بصاحب الرسم (الأسماء في الرسمين). إن ثبتت، سلم الوثيقة؛ وإلا اطلب الإثبات أو ارفض مع ذكر السبب.

# Hijri dates on documents
hijri-month-1 = محرم
hijri-month-2 = صفر
hijri-month-3 = ربيع الأول
hijri-month-4 = ربيع الآخر
hijri-month-5 = جمادى الأولى
hijri-month-6 = جمادى الآخرة
hijri-month-7 = رجب
hijri-month-8 = شعبان
hijri-month-9 = رمضان
hijri-month-10 = شوال
hijri-month-11 = ذو القعدة
hijri-month-12 = ذو الحجة
doc-hijri-date = { $day } { $month } { $year } هـ
doc-hijri-note = التاريخ الهجري محسوب بالتقويم الحسابي، وقد يختلف بيوم عن التاريخ المعتمد على رؤية الهلال.
identity-online-heading = بإرسال وثيقتك عبر الإنترنت
identity-online-how = أرسل صورة بطاقتك الوطنية أو جواز سفرك؛ يقارنها عون قنصليتك بما كتبته، في أجل خمسة أيام عمل.
identity-online-start = إرسال وثيقتي
event-refunded = { $count ->
    [one] أرجع إليك مبلغ درهم واحد الذي أديته.
   *[other] أرجع إليك مبلغ { $count } درهما الذي أديته.
}
event-refunded-online = يرجع المبلغ إلى وسيلة الأداء التي استعملتها.
event-refunded-counter = تسترجع المبلغ من شباك المكتب بتقديم وصل الأداء.
event-refused-correction = إن كان في الرسم خطأ في الاسم، يمكنك طلب تصحيحه.
refused-correction-link = طلب تصحيح الاسم
event-asked-unlisted = طلبت الإدارة وثيقة خارج لائحة الإجراء: «{ $document }». هذه رسالة فقط: الأجل لا يتوقف، ولا يمكن رفض طلبك لغيابها.
err-documents-asked-already = { $count ->
    [one] سبق طلب وثائق في هذا الملف؛ لا يتوقف الأجل لذلك إلا مرة واحدة. استعمل الرسائل.
   *[other] سبق طلب وثائق { $count } مرات؛ لا يتوقف الأجل أكثر. استعمل الرسائل.
}
stats-pending = في الأجل
stats-other-orgs = إدارات أخرى (أقل من 5 شكايات لكل منها)
stats-other-months = أشهر أخرى (أقل من 5 شكايات في كل منها)
stats-too-few = عدد الشكايات قليل جدا لنشر أرقام لا تخص شخصا بعينه.
err-filing-rate-limited = قدمت عددا كبيرا من الطلبات خلال وقت قصير. أعد المحاولة بعد ساعة؛ إن كان الأمر مستعجلا، اتصل بالخلية الإقليمية.
procedure-legal-basis = السند القانوني
procedure-legal-to-confirm = مرجع في انتظار التأكد من النص المنشور.
procedure-archive = { $count ->
    [one] يحتفظ بالملف سنة واحدة بعد القرار، ثم { $end }.
    [two] يحتفظ بالملف سنتين بعد القرار، ثم { $end }.
    [few] يحتفظ بالملف { $count } سنوات بعد القرار، ثم { $end }.
   *[other] يحتفظ بالملف { $count } سنة بعد القرار، ثم { $end }.
}
archive-end-destroy = يتلف
archive-end-archives = يسلم إلى أرشيف المغرب (القانون 69.99)
privacy-archive-procedure = الإجراء
privacy-archive-rule = مدة الحفظ
tokens-title = مفاتيح الأنظمة الشريكة
tokens-lead = كل مفتاح يسمح لنظام شريك بالعمل كعون لإدارة واحدة عبر واجهة البرمجة. لا يظهر المفتاح إلا مرة واحدة عند إنشائه؛ يلغى فورا في جميع العقد.
tokens-created = هذا هو المفتاح الجديد، انسخه الآن: لن يظهر مرة أخرى.
tokens-id = المعرف
tokens-name = الغرض
tokens-created-on = أنشئ في
tokens-expires = ينتهي في
tokens-never = أبدا
tokens-active = نشط
tokens-revoked = ملغى
tokens-expired = منتهي
tokens-revoke = إلغاء
tokens-new = مفتاح جديد
tokens-days = مدة الصلاحية بالأيام (من 1 إلى 730)
tokens-create = إنشاء المفتاح
err-token-days = أدخل مدة بين 1 و730 يوما.
case-appeal-title = التظلم من القرار
case-appeal-lead = يمكنك أن تطلب من الإدارة إعادة النظر في هذا الرفض، مع ذكر أسبابك، إلى غاية { $until }. يبت مسؤول في تظلمك داخل أجل جديد.
case-appeal-reason = أسباب التظلم
case-appeal-submit = تقديم التظلم
err-appeal-period = انقضى أجل التظلم من هذا القرار، أو لم يعد ممكنا.
holidays-unconfirmed = هذه العطل خلال الاثني عشر شهرا المقبلة تقديرية ولم تؤكد بعد: أكدها أو صححها حين تعلن وزارة الأوقاف تواريخها؛ تعاد حسابات آجال الملفات الجارية تلقائيا.
event-due-date-moved = تغيرت العطل الرسمية: نقل تاريخ القرار الأقصى من { $from } إلى { $to }.
err-query-value = قيمة غير صالحة لهذا المعامل.
err-limit-range = يجب أن يكون عدد النتائج بين 1 و200.
err-malformed-body = تعذرت قراءة محتوى الطلب (صيغة غير صالحة).
field-time-zone = المنطقة الزمنية
field-time-zone-hint = مثلا Europe/Brussels. إن تركتها فارغة، تعرض الأوقات حسب بلد إقامتك (أو بتوقيت المغرب).
err-time-zone = منطقة زمنية غير معروفة؛ اكتبها مثل Europe/Paris.

## The consular network
nav-consulates = القنصليات
consulates-title = قنصليات المملكة المغربية
consulates-lead = اعثر على المركز القنصلي الذي تتبع له، وأوقات عمله، ووسائل الاتصال به، والخدمات التي يقدمها.
consulates-search-label = ما هي قنصليتي؟
consulates-search-hint = مدينتك أو رمزك البريدي، مثلا «Nanterre» أو «92700» أو «4000».
consulates-country-label = البلد
consulates-country-any = كل البلدان
consulates-search-submit = بحث
consulates-found = { $count ->
    [zero] لم يُعثر على أي مركز
    [one] عُثر على مركز واحد
    [two] عُثر على مركزين
    [few] عُثر على { $count } مراكز
    [many] عُثر على { $count } مركزا
   *[other] عُثر على { $count } مركز
}
consulates-none = لا يغطي أي مركز «{ $query }» في معطياتنا. اختر البلد، أو ابحث عن أقرب مدينة؛ القائمة الكاملة أدناه.
consulates-match-postcode = رمزك البريدي داخل دائرته.
consulates-match-city = مدينتك داخل دائرته.
consulates-match-region = جهتك داخل دائرته.
consulates-any-post = منذ 2023 يمكن طلب جواز السفر والبطاقة الوطنية والمصادقة والشهادات في أي مركز من الشبكة؛ ويحتفظ مركزك الأصلي بتسجيلك وحالتك المدنية.
consulates-by-country = كل المراكز حسب البلد
consulates-summer-title = خلال عطلتك في المغرب
consulates-summer-text = في الصيف يمكنك أيضا إيداع طلب جواز السفر لدى مصلحة جوازات السفر بالإقليم.
consulates-data-note = هذه المعلومات مأخوذة من مصادر عمومية ويجب التأكد منها لدى المركز؛ ولا يُعرض ما لم يُعثر عليه.
consulates-country-invalid = اختر بلدا من القائمة.
consulates-query-too-long = { $count ->
   *[other] اكتب { $count } حرفا على الأكثر.
}
consulates-back = كل القنصليات
consulates-days-range = من { $from } إلى { $to }
confidence-confirmed = مؤكد بمصدر رسمي
confidence-reported = حسب مصادر حديثة
confidence-uncertain = غير مؤكد: مصادر قديمة أو متعارضة
post-address = العنوان
post-city-only = في { $city }
post-not-found = لم يُعثر عليه في مصادرنا
post-to-confirm = يجب التأكد منه لدى المركز
post-hours = أوقات العمل
post-phone = الهاتف
post-email = البريد الإلكتروني
post-coverage = الدائرة القنصلية
post-coverage-to-confirm = تستند الدائرة أدناه إلى مصادر جزئية أو قديمة: يجب التأكد منها لدى المركز.
post-regions = الجهات
post-cities = المدن
post-postcodes = الرموز البريدية التي تبدأ بـ
post-services = الخدمات المقدمة
post-holidays = العطل الرسمية لبلد الإقامة (المركز مغلق)
post-holidays-intro = الأشهر الاثنا عشر المقبلة؛ ويُغلق المركز أيضا في أيام العطل الرسمية المغربية.
post-holidays-none = لا نعرف أي عطلة رسمية لهذا البلد.
post-sources = المصادر
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد

## Appointments
err-supervisors-only = لا يمكن القيام بهذا إلا لمشرف في هذه الإدارة.
err-applicants-only = لا يمكن حجز موعد أو تغييره أو إلغاؤه إلا للشخص المعني.
err-desk-name = أعط الشباك اسما قصيرا بحروف لاتينية صغيرة وأرقام وشرطات (40 على الأكثر).
err-desk-hours = اكتب أوقات العمل هكذا: «mon-fri 09:00-15:00; sat 10:00-13:00» (كل إغلاق بعد فتحه).
err-number-between = أدخل عددا صحيحا من { $min } إلى { $max }.
err-appointment-case-mismatch = هذا الطلب لا يعالج في هذا الشباك: اختر شباك مسطرته وإدارته.
err-slot-outside-hours = هذا الوقت ليس من مواعيد الشباك: اختر موعدا من القائمة.
err-slot-past = هذا الوقت قد مضى: اختر موعدا لاحقا.
err-slot-beyond-horizon = لم يُفتح الحجز بعد لهذا التاريخ البعيد: اختر موعدا أقرب.
err-slot-holiday = الشباك مغلق في هذا اليوم (عطلة رسمية): اختر يوما آخر.
err-slot-closed = الشباك مغلق في هذا اليوم: اختر يوما آخر.
err-slot-full = حُجز هذا الموعد للتو: هذه أقرب المواعيد المتاحة.
err-cancel-too-late = { $count ->
   *[other] يمكن إلغاء الموعد أو تغييره إلى غاية { $count } ساعة قبله؛ بعد ذلك توجه إلى الشباك أو أخبره.
}
err-appointment-not-booked = هذا الموعد لم يعد محجوزا.
err-appointment-not-started = لا يمكن تسجيل غياب شخص إلا بعد بدء موعده.
appointment-summary = موعد: { $procedure }
mail-appointment-booked-subject = موعدك: { $procedure }
mail-appointment-booked-body = حُجز موعدك يوم { $when } في { $place }.

    تجد في المرفق مدخلا لمفكرتك. يمكنك تغيير الموعد أو إلغاؤه من حسابك.
mail-appointment-moved-subject = تغير موعدك: { $procedure }
mail-appointment-moved-body = أصبح موعدك يوم { $when } في { $place }.

    تجد في المرفق المدخل الجديد لمفكرتك.
mail-appointment-cancelled-subject = أُلغي الموعد: { $procedure }
mail-appointment-cancelled-body = أُلغي موعدك يوم { $when } في { $place }. المدخل المرفق يحذفه من مفكرتك.
mail-appointment-reminder-48h-subject = تذكير: موعدك بعد يومين
mail-appointment-reminder-48h-body = تذكير: موعدك ({ $procedure }) يوم { $when } في { $place }. أحضر وثائق طلبك.
mail-appointment-reminder-2h-subject = تذكير: موعدك بعد ساعتين
mail-appointment-reminder-2h-body = موعدك ({ $procedure }) على الساعة { $when } في { $place }.
mail-appointment-offer-subject = أصبح مكان شاغرا: { $procedure }
mail-appointment-offer-body = أصبح مكان شاغرا في { $place } ({ $procedure }). كنت في لائحة الانتظار: احجزه قبل غيرك.
sms-appointment-booked = نافذة: حُجز موعدك يوم { $when }، { $place }. { $link }
sms-appointment-moved = نافذة: تغير موعدك إلى { $when }، { $place }. { $link }
sms-appointment-cancelled = نافذة: أُلغي موعدك يوم { $when }. { $link }
sms-appointment-reminder-48h = نافذة: تذكير، موعدك يوم { $when }، { $place }. { $link }
sms-appointment-reminder-2h = نافذة: موعدك على الساعة { $when }، { $place }. { $link }
nav-appointments = المواعيد
post-appointments = احجز موعدا هنا
post-book = اختر وقتا
err-slot-choose = اختر وقتا من القائمة.
appointments-title = مواعيدي
appointments-lead = مواعيدك في القنصليات والشبابيك، لتغييرها أو إلغائها، ومداخلها في المفكرة.
appointments-find-desk = ابحث عن شباك واحجز موعدا
appointments-new-title = حجز موعد
appointments-zone = الأوقات هي أوقات الشباك: { $place } ({ $offset }).
appointments-card-holder = لديك بطاقة خدمات مغاربة العالم: تُحفظ لك أماكن في كل موعد.
appointments-none-free = لا يوجد أي وقت شاغر في الفترة المفتوحة. سجل نفسك في لائحة الانتظار: سيُقترح عليك أول مكان يصبح شاغرا عبر البريد الإلكتروني.
appointments-waiting = أنت في لائحة الانتظار: سيُقترح عليك مكان شاغر عبر البريد الإلكتروني.
appointments-wait = سجلني في لائحة الانتظار
appointments-choose = اختر وقتا
appointments-places-left = { $count ->
    [zero] لا مكان متبق
    [one] مكان واحد متبق
    [two] مكانان متبقيان
    [few] { $count } أماكن متبقية
    [many] { $count } مكانا متبقيا
   *[other] { $count } مكان متبق
}
appointments-book = احجز هذا الوقت
appointments-later = أوقات لاحقة
appointments-coming = القادمة
appointments-none = ليس لديك أي موعد محجوز.
appointments-past = الماضية والملغاة
appointments-feed-title = في مفكرتك
appointments-feed-text = عنوان خاص يمكن لتطبيق المفكرة الاشتراك فيه: تظهر فيه مواعيدك وتتبع كل تغيير.
appointments-feed-once = عنوانك الخاص (يُعرض مرة واحدة؛ احتفظ به لنفسك):
appointments-feed-create = إنشاء عنوان مفكرتي
appointments-feed-renew = استبدال عنوان مفكرتي (يتوقف العنوان القديم)
appointments-when = متى
appointments-where = أين
appointments-status = الحالة
appointments-request = للطلب
appointments-ics = أضف إلى مفكرتي (.ics)
appointments-notice = { $count ->
   *[other] يمكنك تغييره أو إلغاؤه إلى غاية { $count } ساعة قبله.
}
appointments-cancel-confirm = هل تلغي هذا الموعد؟ سيُقترح المكان على شخص آخر.
appointments-cancel-yes = نعم، ألغه
appointments-cancel-no = لا، احتفظ به
appointments-move = غيّر الموعد
appointments-cancel = ألغ الموعد
appointment-status-booked = محجوز
appointment-status-cancelled = ملغى
appointment-status-checked-in = حاضر
appointment-status-served = تمت الخدمة
appointment-status-no-show = غائب
counter-title = المواعيد في الشباك
counter-no-desk = ليس لإدارتك بعد أي شباك للمواعيد.
counter-desks = الشبابيك
counter-prev = اليوم السابق
counter-next = اليوم التالي
counter-empty = لا موعد في هذا اليوم.
counter-time = الوقت
counter-person = الشخص
counter-actions = في الشباك
counter-card = بطاقة مغاربة العالم
counter-check-in = حضر
counter-served = تمت خدمته
counter-no-show = غائب
counter-figures = آخر 90 يوما بهذا الشباك
counter-figures-served = الأشخاص الذين تمت خدمتهم
counter-figures-no-show = الغيابات عن المواعيد
counter-figures-no-show-share = نسبة الغيابات
counter-figures-cancelled = مواعيد ألغاها أصحابها
counter-figures-unrecorded = مواعيد مرت دون تسجيل أي شيء
counter-closures = أيام الإغلاق
counter-closure-day = اليوم
counter-close-day = أغلق الشباك في هذا اليوم
counter-open-day = أعد فتحه
counter-save = حفظ
counter-settings = إعداد شباك
counter-settings-hint = اكتب اسم شباك موجود لتعديله؛ تبقى المواعيد المحجوزة كما هي.
counter-desk = اسم الشباك
counter-desk-hint = حروف لاتينية صغيرة وأرقام وشرطات، مثلا passport أو legalisation.
counter-procedure = الخدمة
counter-hours = أوقات العمل
counter-hours-hint = مثلا: mon-fri 09:00-15:00; sat 10:00-13:00 (بالتوقيت المحلي للشباك).
counter-slot-minutes = دقائق كل موعد
counter-capacity = عدد الأشخاص في كل موعد
counter-card-quota = الأماكن المحفوظة لحاملي بطاقة مغاربة العالم في كل موعد
counter-card-quota-hint = يمكن لحاملي البطاقة أيضا أخذ أي مكان آخر.
counter-horizon = عدد الأيام المتاحة للحجز مسبقا
counter-cancel-hours = مهلة التغيير أو الإلغاء بالساعات
nav-track = تتبع طلب
track-title = تتبع طلب
track-lead = دون حساب: رقم طلبك (المكتوب في وصل الإيداع) وتاريخ ازدياد الشخص المعني يبينان المرحلة التي بلغها.
track-reference = رقم الطلب
track-reference-hint = مثلا AH-26-00000123، كما هو مكتوب في الوصل.
track-birth-date = تاريخ ازدياد الشخص المعني
track-birth-date-hint = تاريخ ازديادك، أو تاريخ ازدياد الشخص الذي يخصه الطلب (طفلك مثلا).
track-submit = اعرف أين وصل
track-stage = المرحلة
track-since = منذ
track-due = القرار في أجل أقصاه
track-next = ما يلي
track-more = سجل الدخول لترى كل المراحل والرسائل والوثائق.
track-not-found = لا يوجد أي طلب بهذا الرقم وتاريخ الازدياد هذا. تحقق منهما في الوصل.
track-next-received = ستدرسه الإدارة؛ وستُخبر بكل مرحلة.
track-next-in-progress = الإدارة تدرسه؛ وتقرر في أجل أقصاه التاريخ أعلاه.
track-next-waiting-for-you = الإدارة تنتظر منك شيئا: سجل الدخول لتعرف ما هو وترسله.
track-next-approved = تم قبوله: سجل الدخول لترى القرار وما يجب سحبه.
track-next-rejected = تم رفضه: سجل الدخول لتقرأ الأسباب وكيفية التظلم.
track-next-withdrawn = تم سحبه؛ لن يحدث شيء آخر.
track-next-closed = تم إغلاقه.
track-pickup = يسحب شخصيا من { $place } في أجل أقصاه { $until }، مع وثيقة تثبت الهوية.
pickup-to-confirm = (أجل السحب في انتظار التأكد لدى المركز)
err-track-reference = أدخل رقم طلبك.
doc-field-birth-date = تاريخ الازدياد
doc-field-registration = ملف التسجيل
doc-field-residence-address = عنوان الإقامة
doc-field-residence-since = مقيم منذ
doc-field-attestation = إشهاد
doc-field-pension-fund = صندوق التقاعد
doc-field-pension-number = رقم المعاش
doc-life-attestation = حضر الشخص المذكور أعلاه شخصيا أمام { $office } يوم { $date }.
doc-kind-consular-registration-card = بطاقة التسجيل القنصلي
doc-kind-life-certificate = شهادة الحياة
err-certificate-names-missing = اسم الشخص غير متحقق منه وغير موجود في ملفه الشخصي: لا يمكن إعداد الشهادة. اطلب منه إتمام ملفه الشخصي.
err-etimbre-unknown = لا يوجد أي تنبر إلكتروني بهذا الرقم: تحقق من الأرقام الستة عشر في الرسالة النصية التي توصلت بها عند الشراء.
err-etimbre-used = سبق أن أدى هذا التنبر الإلكتروني طلبا آخر: كل رمز يؤدي طلبا واحدا فقط.
case-book-appointment-text = يتطلب هذا الطلب حضورك إلى الشباك (البصمات، التوقيع، التسليم): احجز وقتا هناك.
case-book-appointment = احجز موعدا لهذا الطلب

# The places time zones are named after, as times are labelled: 09:00 (Brussels, GMT+2).
zone-africa-casablanca = الدار البيضاء
zone-europe-paris = باريس
zone-europe-madrid = مدريد
zone-atlantic-canary = جزر الكناري
zone-europe-brussels = بروكسيل
zone-europe-amsterdam = أمستردام
zone-europe-berlin = برلين
zone-europe-rome = روما
zone-europe-london = لندن
zone-europe-zurich = زيورخ
zone-europe-lisbon = لشبونة
zone-europe-stockholm = ستوكهولم
zone-europe-oslo = أوسلو
zone-europe-copenhagen = كوبنهاغن
zone-europe-vienna = فيينا
zone-europe-dublin = دبلن
zone-america-new-york = نيويورك
zone-america-toronto = تورونتو
zone-asia-dubai = دبي
zone-asia-riyadh = الرياض
zone-asia-qatar = الدوحة
zone-europe-istanbul = إسطنبول
zone-africa-algiers = الجزائر
zone-africa-tunis = تونس
zone-africa-dakar = داكار
zone-africa-abidjan = أبيدجان
zone-africa-cairo = القاهرة
zone-australia-sydney = سيدني

# The MRE Services card.
card-title = بطاقة خدمات مغاربة العالم
card-valid = صالحة من { $from } إلى { $until }
card-check-at = تحقق منها: { $url }
card-check-scan = تحقق منها بمسح الرمز
doc-kind-mre-card = بطاقة خدمات مغاربة العالم
err-card-reason = اختر السبب: ضائعة أو مسروقة (وبالنسبة للخلية: مسحوبة).
err-card-revoked-already = هذه البطاقة ملغاة من قبل.
cards-title = بطاقاتي لخدمات مغاربة العالم
cards-lead = قدم بطاقتك في الشبابيك (رمز الاستجابة السريعة على الشاشة أو مطبوعا) للاستفادة من الممر والمواعيد ذات الأولوية.
cards-none = ليست لديك بطاقة بعد.
cards-apply = اطلب البطاقة
card-standing-valid = بطاقة صالحة
card-standing-expired = بطاقة منتهية الصلاحية
card-standing-revoked = بطاقة ملغاة
card-revoked-on = ألغيت بتاريخ { $date }: { $reason }.
card-reason-lost = ضائعة
card-reason-stolen = مسروقة
card-reason-withdrawn = سحبتها الخلية
card-reason-replaced = عوضت ببطاقة جديدة
card-holder = صاحب البطاقة
card-number = رقم البطاقة
card-initials = الأحرف الأولى لاسم صاحبها
card-valid-from = صالحة ابتداء من
card-valid-until = صالحة إلى غاية
card-issuer = سلمتها
card-code = رمز التحقق من الملف
card-qr-alt = رمز الاستجابة السريعة لبطاقتك
card-qr-hint = أظهر هذا الرمز في الشباك؛ يمكن التحقق منه حتى دون اتصال.
card-download = تحميل البطاقة (PDF)
card-lost-title = بطاقة ضائعة أو مسروقة؟
card-lost-reason = السبب
card-lost-confirm = أؤكد: سترفض البطاقة في كل مكان ابتداء من الآن.
card-lost-submit = إلغاء البطاقة
err-card-confirm = ضع علامة في الخانة لتأكيد الإلغاء.
card-check-title = التحقق من بطاقة خدمات مغاربة العالم
card-check-lead = اكتب رقم البطاقة أو نص رمزها، أو أرسل صورة للرمز، أو امسحه بالكاميرا.
card-check-input = رقم البطاقة أو نص الرمز
card-check-input-hint = مثلا MRE-26-ABCD2345.
card-check-photo = أو صورة لرمز الاستجابة السريعة
card-check-photo-hint = PNG أو JPEG، والرمز واضح.
card-check-camera = المسح بالكاميرا
card-check-submit = تحقق
card-check-offline = دون اتصال، يتحقق الشباك من الرمز بالأمر «nafida verify» والمفاتيح المنشورة (/verify/keys) واللائحة الموقعة للبطاقات الملغاة (/cards/revocations/al-hoceima-mre-cell.json).
card-withdraw-title = سحب هذه البطاقة (الخلية المصدرة)
card-withdraw-submit = سحب البطاقة
card-refused-malformed = هذه ليست بطاقة خدمات مغاربة العالم: النص أو الرمز المقروء ليس كذلك.
card-refused-unknown-key = مرفوضة: موقعة بمفتاح لم تنشره المنصة قط.
card-refused-tampered = مرفوضة: غيرت البطاقة، وتوقيعها لا يطابق.
card-refused-expired = مرفوضة: انتهت صلاحية البطاقة بتاريخ { $date }.
card-refused-not-yet = مرفوضة: البطاقة لا تصلح إلا ابتداء من { $date }.
card-refused-revoked = مرفوضة: ألغيت البطاقة بتاريخ { $date } ({ $reason }).
card-unknown = لا توجد بطاقة بهذا الرقم.
err-card-photo = لا يوجد رمز مقروء في هذه الصورة: أعد التقاطها بوضوح، أو اكتب الرقم.
err-card-empty = اكتب رقم البطاقة، أو أرسل صورة لرمزها.
account-cards = بطاقاتي لخدمات مغاربة العالم

# The provincial cell.
follow-title = الملفات التي تتبعها الخلية
follow-lead = الطلبات الجارية لمغاربة العالم لدى إدارات الإقليم؛ المحالة على الخلية أولا. كل اطلاع يسجل في السجل الذي يراه المعني.
follow-none = لا يوجد ملف للتتبع حاليا.
follow-case = الطلب
cell-does-title = ما تقوم به الخلية
cell-does-receive = تستقبلكم وتوجهكم طوال السنة، خلال زيارتكم ومن الخارج.
cell-does-follow = تتبع ملفاتكم لدى إدارات الإقليم وتطلب منها التحرك عند التأخر.
cell-does-card = تسلم بطاقة خدمات مغاربة العالم (الممر والمواعيد ذات الأولوية).
cell-does-file = في الشباك، يمكن لموظف أن يودع طلبا نيابة عنكم، بموافقتكم.
cell-ask = اطلب مساعدة الخلية
cell-book-hint = للحضور، احجز موعدا أسفله؛ العنوان والأوقات في انتظار التأكد لدى العمالة.
nav-cell = خلية مغاربة العالم
nav-card-check = التحقق من بطاقة
coordination-title = طلب تنسيق من الخلية
coordination-lead = اطلب من الإدارة التي تعالج هذا الملف التحرك داخل أجل؛ يسجل جوابها في السجل الذي يراه المعني.
coordination-question = ما تطلبه الخلية
coordination-days = أجل الجواب (أيام عمل، من 1 إلى 30)
coordination-submit = إرسال الطلب
coordination-from = طلب من { $org }
coordination-done = أنجز
coordination-scheduled = مبرمج (الجواب يحدد متى)
coordination-not-possible = غير ممكن (الجواب يبين السبب)
event-coordination-requested = طلبت الخلية { $org } من الإدارة التحرك
event-coordination-answered = جواب { $who } للخلية
err-coordination-days = حدد أجلا من 1 إلى { $count } يوم عمل.
err-coordination-closed = هذا الملف مغلق: لم يعد هناك ما ينسق.

# The reception desk.
reception-title = استقبال الخلية
reception-hall-link = شاشة قاعة الانتظار
reception-waiting = في الانتظار
reception-served = خدموا اليوم
reception-absent = غائبون عند المناداة
reception-average-wait = متوسط الانتظار اليوم
reception-issue = تسليم تذكرة
reception-service = الخدمة المطلوبة
reception-card = بطاقة خدمات مغاربة العالم (اختياري)
reception-card-hint = رقمها: صاحب بطاقة صالحة يمر بالأولوية.
reception-issue-submit = طباعة التذكرة
reception-call = شباكي
reception-counter = اسم الشباك
reception-call-next = مناداة التالي
reception-mark-served = تمت الخدمة
reception-mark-absent = غائب
reception-queue = صف الانتظار
reception-nobody = لا أحد في الانتظار.
reception-priority = أولوية (بطاقة مغاربة العالم)
reception-ticket-hint = احتفظ بهذه التذكرة: سيظهر رقمك على شاشة القاعة.
reception-service-information = الإرشاد والتوجيه
reception-service-cell-request = مشكلة مع إدارة
reception-service-mre-card = بطاقة خدمات مغاربة العالم
reception-service-assisted-filing = إيداع طلب بمساعدة موظف
hall-title = خلية مغاربة العالم
hall-ticket = التذكرة
hall-counter = الشباك
hall-none = لم تتم مناداة أي تذكرة بعد
err-ticket-card-invalid = هذه البطاقة غير صالحة اليوم (غير معروفة أو منتهية أو ملغاة): لا يمكن أن تكون التذكرة ذات أولوية.
err-ticket-counter = اكتب اسم الشباك (من 1 إلى 20 حرفا).
err-ticket-not-called = هذه التذكرة غير منادى عليها: لم يتغير شيء.
reception-ahead = { $count ->
    [zero] لا أحد قبلك
    [one] شخص واحد قبلك
    [two] شخصان قبلك
    [few] { $count } أشخاص قبلك
    [many] { $count } شخصا قبلك
   *[other] { $count } شخص قبلك
}
reception-minutes = { $count ->
    [zero] أقل من دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
hall-waiting = { $count ->
    [zero] لا أحد في الانتظار
    [one] شخص واحد في الانتظار
    [two] شخصان في الانتظار
    [few] { $count } أشخاص في الانتظار
    [many] { $count } شخصا في الانتظار
   *[other] { $count } شخص في الانتظار
}
hall-wait = متوسط الانتظار: { $count } دقيقة
reception-called = آخر المنادى عليهم
reception-status-called = منادى عليه
reception-status-served = تمت خدمته
reception-status-absent = غائب
reception-status-waiting = في الانتظار
lane-title = الممر السريع في الإقليم (آخر 12 شهرا)
lane-fast = طلبات بت فيها في الممر السريع
lane-other = طلبات بت فيها خارجه
lane-share = حصة الممر السريع
lane-fast-days = متوسط الأجل في الممر السريع (أيام)
lane-other-days = متوسط الأجل خارجه (أيام)

## الإيداع بالمساعدة لدى الخلية الإقليمية
assist-title = الإيداع نيابة عن زائر
assist-lead = أودِع طلبًا في مسطرة أي إدارة نيابة عن زائر ليس له حساب، بموافقته. يغادر ومعه وصل مطبوع ورمز يربط به الطلب بحسابه الخاص لاحقًا.
assist-choose = اختر المسطرة
assist-unclaimed = طلبات أودعت نيابة عن زوار ولم تُربط بعد
assist-unclaimed-none = رُبطت كل الطلبات المودعة نيابة عن الزوار.
assist-visitor = الزائر
assist-visitor-hint = اسمه كما في وثيقة هويته، وبلد إقامته. لا يُحفظ عنه شيء آخر خارج الطلب.
assist-visitor-name = الاسم الكامل
assist-visitor-country = بلد الإقامة
assist-visitor-phone = رقم الهاتف
assist-visitor-email = البريد الإلكتروني
assist-visitor-email-hint = إن أُعطي، يُرسل إليه رمز الربط أيضًا.
assist-consent = الموافقة
assist-consent-statement = اقرأ هذا على الزائر: «تودع الخلية الإقليمية هذا الطلب نيابة عنك وتحتفظ معه باسمك ومعلومات الاتصال بك، لتتبعه لدى الإدارة. يمكنك في أي وقت ربطه بحسابك الخاص، وطلب محو بياناتك.»
assist-consent-signed = وقّع استمارة الموافقة الخاصة بالخلية
assist-consent-in-person = وافق حضوريًا أمام الموظف
assist-consent-agrees = سمع الزائر هذا ويوافق.
assist-claim-title = تتبّع هذا الطلب من حسابك الخاص
assist-claim-text = أنشئ حسابًا (أو سجّل الدخول) على { $url }، ثم أدخل المرجع أعلاه وهذا الرمز:
assist-claim-until = يصلح الرمز حتى { $date }، مرة واحدة.
assist-claim-mailed = أُرسل الرمز أيضًا إلى البريد الإلكتروني للزائر.
assist-reprint = طباعة الوصل برمز جديد
assist-reprint-hint = لا يظهر الرمز إلا عند طباعة الوصل؛ كل طباعة جديدة تعطي رمزًا جديدًا ويتوقف الرمز السابق.
assist-track = دون حساب، يمكن تتبع الطلب على { $url } بمرجعه.
assist-another = إيداع طلب آخر
event-filed-for-visitor = أودع في شباك { $org } نيابة عن صاحب الطلب، بموافقته
event-claimed = رُبط بالحساب الخاص لصاحب الطلب
err-visitor-name = أدخل الاسم الكامل للزائر (من 2 إلى 120 حرفًا).
err-visitor-consent = بيّن كيف وافق الزائر وأشّر على موافقته: لا يودع شيء دون موافقته.
err-claim-unknown = هذا الرمز لا يطابق هذا المرجع، أو سبق استعماله أو انتهت صلاحيته. اطلب من الخلية طباعة جديدة.
err-claim-rate-limited = محاولات كثيرة جدًا. أعد المحاولة بعد ساعة.
claim-title = ربط طلب أودع نيابة عني
claim-lead = أودعت خلية إقليمية طلبًا نيابة عنك في شباكها: أدخل مرجعه والرمز المطبوع على وصلك لتتبعه من هذا الحساب.
claim-reference = مرجع الطلب
claim-code = رمز الربط
claim-code-hint = اثنا عشر حرفًا ورقمًا، كما طُبعت (مثلًا ABCD-EFGH-JK23).
claim-submit = ربط
mail-claim-subject = طلبك { $reference }: تتبّعه من حسابك
mail-claim-body = أودعت { $cell } طلبك «{ $procedure }» تحت المرجع { $reference }.

    لتتبعه من حسابك الخاص، سجّل الدخول (أو أنشئ حسابًا) وأدخل المرجع وهذا الرمز: { $code }

## أرقام العامل
fig-title = أرقام الإقليم
fig-choose-month = الشهر
fig-show = عرض
fig-download-pdf = التقرير الشهري (PDF مختوم)
fig-download-csv = الأرقام (CSV)
fig-pdf-hint = يُختم ملف PDF باسم الإقليم بالأرقام كما هي عند تنزيله، ويمكن التحقق منه على /verify.
fig-month = الشهر
fig-late-hint = متأخر: عولج بعد أجله القانوني، محسوبًا بأيام العمل لكل إدارة.
fig-by-org = حسب الإدارة
fig-none = لا طلب هذا الشهر.
fig-seasons = الصيف وباقي السنة
fig-seasons-lead = الشهر المتوسط للصيف (من يونيو إلى شتنبر، حين يعود مغاربة العالم) مقابل الشهر المتوسط لباقي السنة، خلال الاثني عشر شهرًا الأخيرة: على الخدمة أن تصمد طوال السنة.
fig-per-month = شهر متوسط
fig-months = { $count ->
    [zero] لا شهر
    [one] شهر واحد
    [two] شهران
    [few] { $count } أشهر
    [many] { $count } شهرًا
   *[other] { $count } شهر
}
fig-col-filed = مودعة
fig-col-decided = معالجة
fig-col-on-time = داخل الأجل
fig-col-late = متأخرة
fig-col-overdue = متأخرة اليوم
fig-col-escalated = مبلّغ عنها اليوم
fig-col-summer = الصيف
fig-col-rest = باقي السنة
fig-chart-monthly = الطلبات شهرًا بشهر
fig-chart-monthly-desc = الطلبات المودعة والمعالجة في كل شهر من الاثني عشر الأخيرة، وأشهر الصيف ملونة الخلفية.
fig-chart-orgs = قرارات الشهر حسب الإدارة
fig-chart-orgs-desc = لكل إدارة، الطلبات المعالجة هذا الشهر داخل أجلها القانوني والمتأخرة.
fig-filed = الطلبات المودعة
fig-decided = الطلبات المعالجة
fig-on-time = المعالجة داخل الأجل
fig-average-days = متوسط أيام المعالجة
fig-open = الجارية اليوم
fig-overdue = الجارية خارج الأجل
fig-escalated = المبلّغ عنها للرؤساء
fig-escalated-cell = المبلّغ عنها للخلية
fig-complaints = الشكايات المودعة
fig-answered = الشكايات المجاب عنها
fig-visitors = الزوار المستقبلون
fig-served = الزوار المخدومون
fig-absent = الزوار الغائبون عند النداء
fig-wait = متوسط الانتظار (دقائق)
fig-fast-share = حصة المسار السريع
fig-fast-days = الأيام: المسار السريع / غيره
fig-other-orgs = إدارات أخرى
fig-report-title = التقرير الشهري — { $month }
fig-as-of = الأرقام في { $date }
err-figures-month = اختر أحد الأشهر المقترحة: يمكن قراءة أرقام الاثني عشر شهرًا الأخيرة.
doc-kind-monthly-report = التقرير الشهري للإقليم
reception-file-for = إيداع طلب نيابة عن هذا الزائر

## لجنة الرخصة
commission-title = آراء اللجنة
commission-lead = أُرسل الملف إلى كل هيئة في الوقت نفسه؛ تبدي كل منها رأيها قبل تاريخها الخاص. يجب أن يُبدى الرأي الملزم، وألا يكون سلبيًا، قبل البت في الرخصة.
commission-binding = رأي ملزم
commission-late = متأخر
commission-awaited = منتظر قبل { $date }
commission-question = رأي اللجنة في هذا الملف: موافق، موافق بشروط (بيّنها) أو غير موافق (بيّن الأسباب).
err-commission-no-province = لا تتبع هذه الإدارة أي إقليم: تعذر إيجاد هيئات اللجنة.
err-commission-body-missing = لا توجد بالإقليم { $kind } لاستشارتها: لا يمكن إحالة الملف على اللجنة.
err-binding-pending = ما يزال رأي ملزم منتظرًا: { $org }.
err-binding-unfavourable = رأي ملزم غير موافق: { $org }. لا يمكن منح الرخصة؛ ارفضها مع بيان أسبابها.
org-kind-urban-agency = وكالة حضرية
org-kind-civil-protection = وقاية مدنية
org-kind-urbanism-service = مصلحة للتعمير
org-kind-commune = جماعة
org-kind-other = إدارة من هذا النوع

## وثيقة الرخصة
doc-kind-permit = رخصة التعمير
doc-field-owner = المالك
doc-field-land = الرسم العقاري أو القطعة
doc-field-commune = الجماعة
doc-field-floor-area = المساحة المغطاة
doc-field-plans = التصاميم المرخصة
doc-field-conditions = شروط اللجنة
doc-field-validity = الصلاحية
doc-permit-no-conditions = لا شيء
doc-permit-validity = يجب الشروع في الأشغال قبل { $date } (القانون 12.90؛ يحتاج إلى تأكيد)
doc-permit-president = رئيس المجلس الجماعي
permit-stats-title = آجال الرخص، جماعة بجماعة
permit-stats-lead = كل رخص التعمير والتراخيص المبتوت فيها على نافذة، حسب الجماعة: من يوم اكتمال الملف (إحالته على اللجنة، أو إيداعه إن لم تكن) إلى القرار، وكم منها بُتّ فيه داخل أجله القانوني. لا يظهر أي اسم ولا أي طلب.
permit-stats-decided = المبتوت فيها
permit-stats-median = نصفها بُتّ فيه خلال (أيام)
permit-stats-p90 = 9 من 10 بُتّ فيها خلال (أيام)
permit-stats-on-time = داخل الأجل القانوني
permit-stats-privacy = الأرقام مجرد أعداد ومدد، دون أي معطيات شخصية؛ تُدمج الجماعة التي تقل قراراتها عن 5 مع غيرها أو تُخفى.
stats-other-communes = جماعات أخرى
stats-all-communes = كل الجماعات
err-tax-area-missing = أدخل المساحة المغطاة بالمتر المربع الصحيح: منها يُحتسب الرسم على عمليات البناء.
err-tax-rate-missing = ليس لهذه الجماعة بعد سعر للرسم على عمليات البناء: تسجله مصلحة التعمير قبل الإحالة على التوقيع.

## المهندسون المعماريون
architect-title = أنا مهندس معماري
architect-lead = يودع طلبات رخص البناء مهندس معماري مسجل في الهيئة الوطنية للمهندسين المعماريين (القانون 12.90). أدخل رقم تسجيلك: يتحقق منه موظف التعمير مرة واحدة في جدول الهيئة، ثم تودع نيابة عن الملاك الذين يمنحونك التوكيل.
architect-checked = تم التحقق من رقم تسجيلك { $number }: يمكنك إيداع طلبات رخص البناء.
architect-pending = رقمك في انتظار تحقق موظف التعمير؛ ما يزال بإمكانك تصحيحه.
architect-number = رقم التسجيل في الهيئة
architect-number-hint = كما في بطاقة الهيئة (حروف، أرقام، / أو -).
architect-submit = حفظ رقمي
architects-title = مهندسون معماريون للتحقق
architects-lead = تحقق من كل رقم في جدول الهيئة الوطنية للمهندسين المعماريين؛ بعد التحقق يودع المهندس طلبات رخص البناء في كل مكان.
architects-none = لا رقم في انتظار التحقق.
architects-name = الاسم
architects-declared = تاريخ التصريح
architects-check = مسجل في الجدول: تأكيد
err-architect-number = أدخل رقم تسجيلك: من 2 إلى 20 حرفًا أو رقمًا أو / أو -.
err-architect-number-taken = رقم التسجيل هذا مصرح به من حساب آخر.
err-architect-checked = سبق التحقق من رقم التسجيل هذا.
err-architect-required = يودع هذه المسطرة مهندس معماري مسجل في الهيئة (القانون 12.90): صرّح برقمك واطلب التحقق منه في «أنا مهندس معماري»، أو اطلب من مهندسك إيداعها.
mandates-title = التوكيلات لمهندسي المعماري
mandates-lead = يودع مهندسك المعماري رخصتك نيابة عنك. امنحه توكيلك هنا، أينما كنت تقيم: لا ورقة للتصديق أو الإرسال. بمجرد الإيداع، يظهر الطلب في طلباتك وتتابع كل رأي للجنة.
mandates-architect = المهندس المعماري
mandates-procedure = المسطرة
mandates-land = الرسم العقاري أو مرجع البقعة
mandates-given = تاريخ المنح
mandates-state = الحالة
mandates-filed = مودع: { $reference }
mandates-revoked = ملغى
mandates-open = لم يودع بعد
mandates-revoke = إلغاء
mandates-give = منح توكيل
mandates-number = رقم تسجيل مهندسك لدى الهيئة
mandates-number-hint = اطلبه من مهندسك: يوجد على بطاقته لدى الهيئة. يجب أن يكون المهندس قد طلب التحقق منه على نافذة.
mandates-consent = بمنح هذا التوكيل، تأذن لهذا المهندس بإيداع هذه المسطرة لهذه البقعة باسمك؛ يمكنك إلغاؤه ما دام لم يودع.
mandates-submit = منح التوكيل
mail-mandate-subject = منحك { $owner } توكيلا
mail-mandate-body = منحك { $owner } على نافذة توكيلا لإيداع «{ $procedure }» للبقعة { $land }.

    اختر هذا التوكيل في الاستمارة عند الإيداع.
start-mandate-online = توكيل المالك
start-mandate-online-hint = يمنحك المالك توكيله عبر الإنترنت من حسابه («التوكيلات لمهندسي المعماري»)؛ ثم يتابع الطلب من حسابه.
start-mandate-none = لم يمنحك أي مالك توكيلا لهذه المسطرة بعد: اطلب من المالك منحه من حسابه، في «التوكيلات لمهندسي المعماري».
case-owner-mandate = أودعه المهندس المعماري لفائدة { $owner }، بموجب التوكيل الممنوح عبر الإنترنت.
err-mandate-architect-unknown = لم يتم التحقق على نافذة من أي مهندس بهذا الرقم: تأكد من الرقم مع مهندسك.
err-mandate-self = لا يمكنك منح توكيل لنفسك.
err-mandate-procedure = اختر المسطرة.
err-mandate-land = أدخل الرسم العقاري أو مرجع البقعة (من 2 إلى 120 حرفا).
err-mandate-used = استعمل هذا التوكيل لطلب أو ألغي: لا يمكن إلغاؤه الآن.
err-mandate-required = اختر التوكيل الذي منحك إياه المالك لهذه المسطرة (غير مستعمل بعد).
plans-title = التصاميم
plans-plan = التصميم
plans-version = النسخة
plans-file = الملف
plans-version-n = { $count ->
    [zero] النسخة { $count }
    [one] النسخة { $count }
    [two] النسخة { $count }
    [few] النسخة { $count }
    [many] النسخة { $count }
   *[other] النسخة { $count }
}
plans-superseded = معوض
plans-current = ساري
plans-correct = إيداع تصميم مصحح
plans-correct-hint = اختر فقط التصاميم التي تصححها: يصبح كل منها نسخة جديدة، وتبقى النسخ السابقة في الملف. ملف PDF واحد لكل تصميم، حتى { $count } ميغابايت.
plans-correct-submit = إيداع التصاميم المصححة
plans-hint = ملف PDF واحد موقع لكل تصميم، حتى { $count } ميغابايت لكل منها؛ تستقبل التصاميم الكبيرة أثناء الإرسال.
event-plans-filed = { $count ->
    [zero] لم يودع أي تصميم مصحح
    [one] أودع تصميم مصحح
    [two] أودع تصميمان مصححان
    [few] أودعت { $count } تصاميم مصححة
    [many] أودع { $count } تصميما مصححا
   *[other] أودع { $count } تصميم مصحح
}
err-plan-required = التصميم «{ $plan }» ناقص من الملف الذي يتطلبه هذا المشروع.
err-plan-too-large = التصميم «{ $plan }» يتجاوز { $limit } ميغابايت: قلص حجمه وأرسله من جديد.
err-plan-not-pdf = التصميم «{ $plan }» ليس ملف PDF كاملا.
err-plan-one-file = أرسل التصميم «{ $plan }» في ملف PDF واحد.
err-plan-none = اختر تصميما مصححا واحدا على الأقل.
err-plans-closed = لم يعد من الممكن إيداع تصاميم في هذا الطلب: لقد تم البت فيه.
opinion-files = تصاميم الملف ووثائقه
markups-title = الملفات المشروحة
markups-label = الملفات المشروحة:
markups-hint = أضف ملاحظاتك على التصاميم (ما يجب تعديله، وما هو غير مقبول) وأودع ملف PDF المشروح مع رأيك: يراه صاحب الطلب ومصلحة التعمير بجانبه. حتى { $count } ميغابايت.
markup-file = ملف PDF مشروح
markups-submit = إيداع الملف المشروح
event-markup-filed = أودع ملف مشروح مع الرأي — { $who }
meeting-title = اجتماع اللجنة
meeting-schedule = برمجة اجتماع اللجنة
meeting-move = تغيير موعد اجتماع اللجنة
meeting-day-label = اليوم
meeting-time-label = الساعة (المغرب)
meeting-place-label = المكان
meeting-submit = حفظ الاجتماع
event-meeting-scheduled = ستدرس اللجنة الملف في اجتماعها يوم { $when }
err-meeting-day = اختر يوما بين الغد وستة أشهر.
err-meeting-time = أدخل الساعة بصيغة HH:MM.
err-meeting-place = أدخل المكان (من 2 إلى 200 حرف).
err-meeting-not-now = يبرمج الاجتماع عندما يكون الملف أمام اللجنة، للمشاريع التي تتطلب ذلك.
err-appointment-visit-not-now = يحجز موعد زيارة المطابقة بعد أن تراقب مصلحة التعمير الملف وتطلبها.
err-visit-not-done = لم تتم زيارة المطابقة بعد: سجلها أولا في موعدها.
architect-mandates = التوكيلات الممنوحة لك
architect-mandates-owner = المالك
architect-mandates-file = إيداع هذا الطلب
event-request-listed = الوثائق المطلوبة: { $documents }
event-request-unlisted = مطلوب أيضا، خارج اللائحة: { $document } — السبب: { $reason }
case-withdraw-confirm = أؤكد: سحب طلبي (لن تتم معالجته بعد الآن؛ هذا نهائي).
check-revoke-confirm = أؤكد الإلغاء: ستظهر الوثيقة ملغاة لكل من يتحقق منها، بشكل نهائي.
err-withdraw-confirm = ضع علامة في الخانة لتأكيد السحب.
err-revoke-confirm = ضع علامة في الخانة لتأكيد الإلغاء.
case-refused-title = رفض طلبك
case-refused-grounds = أسباب الإدارة:
case-refused-appeal = يمكنك تقديم تظلم: الكيفية والأجل
pay-declined = رفض أداؤك: لم يقتطع أي مبلغ. أعد المحاولة، ببطاقة أخرى إن اقتضى الحال، أو أد المبلغ بالشباك.
next-pay = للقيام به: الأداء، ليعالج المكتب الطلب
next-book-visit = للقيام به: حجز موعد زيارة المطابقة
next-rate = للقيام به: تقييم الجواب
dashboard-waiting = { $count ->
    [zero] لا طلب ينتظرك
    [one] طلب واحد ينتظرك
    [two] طلبان ينتظرانك
    [few] { $count } طلبات تنتظرك
    [many] { $count } طلبا ينتظرك
   *[other] { $count } طلب ينتظرك
}
dashboard-nothing-waiting = لا شيء ينتظرك: الإدارات تعالج طلباتك.
staff-counts = الطلبات المفتوحة لإدارتك
staff-count-open = { $count ->
    [zero] لا طلب مفتوح
    [one] طلب مفتوح واحد
    [two] طلبان مفتوحان
    [few] { $count } طلبات مفتوحة
    [many] { $count } طلبا مفتوحا
   *[other] { $count } طلب مفتوح
}
staff-count-mine = { $count ->
    [zero] لا طلب مسند إليك
    [one] طلب واحد مسند إليك
    [two] طلبان مسندان إليك
    [few] { $count } طلبات مسندة إليك
    [many] { $count } طلبا مسندا إليك
   *[other] { $count } طلب مسند إليك
}
staff-count-overdue = { $count ->
    [zero] لا طلب تجاوز الأجل القانوني
    [one] طلب واحد تجاوز الأجل القانوني
    [two] طلبان تجاوزا الأجل القانوني
    [few] { $count } طلبات تجاوزت الأجل القانوني
    [many] { $count } طلبا تجاوز الأجل القانوني
   *[other] { $count } طلب تجاوز الأجل القانوني
}
staff-count-due-soon = { $count ->
    [zero] لا طلب يحل أجله خلال يومين
    [one] طلب واحد يحل أجله خلال يومين
    [two] طلبان يحل أجلهما خلال يومين
    [few] { $count } طلبات يحل أجلها خلال يومين
    [many] { $count } طلبا يحل أجله خلال يومين
   *[other] { $count } طلب يحل أجله خلال يومين
}
staff-count-escalated = { $count ->
    [zero] لا طلب أحيل على الرؤساء
    [one] طلب واحد أحيل على الرؤساء
    [two] طلبان أحيلا على الرؤساء
    [few] { $count } طلبات أحيلت على الرؤساء
    [many] { $count } طلبا أحيل على الرؤساء
   *[other] { $count } طلب أحيل على الرؤساء
}
start-office-none = لا يوجد مكتب يطابق «{ $query }»: تحقق من الكتابة (بالعربية أو اللاتينية)، أو ابحث باسم المدينة.
start-office-none-all = عرض جميع المكاتب
event-viewed-times = { $count ->
    [zero] لم يطلع أحد على الملف
    [one] اطلع على الملف مرة واحدة: { $who }
    [two] اطلع على الملف مرتين خلال أقل من نصف ساعة بين كل مرة: { $who }
    [few] اطلع على الملف { $count } مرات خلال أقل من نصف ساعة بين كل مرة: { $who }
    [many] اطلع على الملف { $count } مرة خلال أقل من نصف ساعة بين كل مرة: { $who }
   *[other] اطلع على الملف { $count } مرة خلال أقل من نصف ساعة بين كل مرة: { $who }
}
case-next-deadline = الأجل القادم:
case-next-deadline-answer = الرد على الطلب
case-next-deadline-opinion = رأي { $org }
case-actions = ما يمكنك القيام به
case-actions-decide = البت في الطلب
case-actions-ask = الاستشارة والمراسلة
case-actions-organise = تنظيم العمل
start-from-profile = مأخوذ من ملفك الشخصي؛ غيره إذا كان الطلب يخص شخصا آخر.
case-timeline-earlier = { $count ->
    [zero] لا أحداث سابقة
    [one] حدث سابق واحد — عرض
    [two] حدثان سابقان — عرض
    [few] { $count } أحداث سابقة — عرض
    [many] { $count } حدثا سابقا — عرض
   *[other] { $count } حدث سابق — عرض
}
help-title = المساعدة
help-lead = أجوبة عن الأسئلة التي يطرحها الناس أكثر. لكل مسطرة أسئلتها في صفحتها.
help-topics = المواضيع
help-more = لم تجد الجواب؟
contact-title = الاتصال
contact-lead = لكل سؤال من يجيب عنه: الإدارة التي تعالج طلبك، أو قنصليتك، أو الخلية الإقليمية لمغاربة العالم.
contact-help = الأسئلة الأكثر تداولا وأجوبتها.
contact-request = عن طلب قدمته: اكتب من صفحته، فرسالتك تصل إلى الإدارة التي تعالجه.
contact-consulates = عنوان قنصليتك وأوقات عملها وهاتفها.
contact-complaint = عن خدمة لم تكن في المستوى: قدم شكاية، بحساب أو بدونه.
contact-cells = الخلايا الإقليمية لمغاربة العالم
contact-cells-lead = تستقبلك طيلة السنة وتتتبع ملفاتك لدى كل الإدارات.
contact-administrations = صفحة الاتصال بكل إدارة
contact-administrations-lead = ما نعرفه عنها: مكانها، وما تعالجه، وكيف تراسلها عبر نافذة.
org-kind = النوع
org-town = المدينة
org-parent = تابعة لـ
org-post-page = العنوان وأوقات العمل والهاتف والخدمات في صفحة المركز القنصلي:
org-post-page-link = صفحة المركز
org-cell-page = ما تقوم به الخلية وكيف تستقبلك:
org-cell-page-link = صفحة الخلية
org-no-address = لا يوجد عنوان هذه الإدارة ولا هاتفها في معطياتنا بعد؛ راسلها عبر نافذة كما هو مبين أسفله.
org-write = مراسلتها
org-write-request = عن طلب قدمته: من صفحة الطلب.
org-write-complaint = لتقديم شكاية بشأنها:
org-write-cell = لطلب مساعدة الخلية الإقليمية في ملف لديها:
org-write-cell-link = طلب مساعدة
org-procedures = ما تعالجه
org-children = المصالح التابعة لها
procedure-questions = أسئلة وأجوبة
procedure-questions-all = كل الأسئلة والأجوبة
kind-commune-plural = الجماعات
kind-civil-status-office-plural = مكاتب الحالة المدنية
kind-urbanism-service-plural = مصالح التعمير
kind-consular-post-plural = المراكز القنصلية
kind-province-plural = العمالات والأقاليم
help-link-signup = إنشاء حساب
help-link-complaints-new = تقديم شكاية
help-link-verify = التحقق من وثيقة
help-link-track = تتبع طلب
help-link-password-forgot = نسيت كلمة المرور
help-link-account-profile = ملفي الشخصي
help-link-cases = طلباتي
help-link-catalogue = الخدمات
help-link-privacy = المعطيات الشخصية
help-link-consulates = القنصليات
help-link-cell = الخلية الإقليمية
help-link-catalogue-cell-request = طلب مساعدة الخلية
help-link-account-mandates = توكيلاتي
mediateur-export-pdf = تحميل الملف للقراءة (PDF)
mediateur-pdf-title = ملف الشكاية الموجه إلى مؤسسة الوسيط
mediateur-pdf-exported = استخرج في { $when }
mediateur-pdf-reference = المرجع
mediateur-pdf-procedure = المسطرة
mediateur-pdf-filed = تاريخ الإيداع
mediateur-pdf-answers = الطلب كما قدم
mediateur-pdf-rating = تقييم الجواب
mediateur-pdf-files-note = مضمون هذه الملفات موجود في ملف JSON المستخرج معه.
mediateur-pdf-page = الصفحة {"{"}n{"}"} من {"{"}total{"}"}
queue-by-status = التصفية حسب المرحلة
account-no-requests = لم تقدم أي طلب بعد.
account-requests = { $count ->
    [zero] طلباتي
    [one] طلباتي (طلب واحد)
    [two] طلباتي (طلبان)
    [few] طلباتي ({ $count } طلبات)
    [many] طلباتي ({ $count } طلبا)
   *[other] طلباتي ({ $count } طلب)
}
event-mediateur-export-times = { $count ->
    [zero] لم يصدر الملف
    [one] صدر الملف الكامل لمؤسسة الوسيط
    [two] صدر الملف الكامل لمؤسسة الوسيط مرتين
    [few] صدر الملف الكامل لمؤسسة الوسيط { $count } مرات
    [many] صدر الملف الكامل لمؤسسة الوسيط { $count } مرة
   *[other] صدر الملف الكامل لمؤسسة الوسيط { $count } مرة
}
err-files-unavailable = تعذر حفظ الملفات الآن. لم يُسجَّل أي شيء وبقي ما كتبته في الاستمارة: أعد اختيار الملفات وأعد الإرسال بعد بضع دقائق.
