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
