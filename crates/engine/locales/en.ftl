site-name = Nafida
site-tagline = The single window for Moroccans around the world
skip-to-content = Skip to content
nav-home = Home
nav-administrations = Administrations
language-switcher = Language
footer-text = Nafida — a public service of the province of Al Hoceima.

home-title = One window for all your procedures
home-lead = Wherever you live, deal with Moroccan administrations online, follow every request in one place and be received first when you visit.
home-services-title = The services brought together here
home-service-documents = Civil-status documents: extracts and full copies, delivered online, by post or at the consulate.
home-service-civil-status = Civil status: declarations, transcription of acts drawn up abroad, corrections.
home-service-complaints = Complaints, observations and suggestions, acknowledged at once.
home-service-permits = Building permits and business licences, filed by your architect.
home-service-passport = Passport: pre-application, biometrics appointment and tracking.
home-service-consular = Consular services: registration, appointments, certificates.
home-service-card = The “MRE Services” card for priority lanes.
home-service-cell = The permanent provincial cell, which follows your case all year round.
home-map-title = The administrations connected
home-map-lead = { $count ->
    [one] { $count } administration works in Nafida, from the commune to the consulate.
   *[other] { $count } administrations work in Nafida, from the commune to the consulate.
}
home-map-link = See the map of administrations

orgs-title = Administrations
orgs-lead = Every administration has its place in one tree: the State, the province and its communes, and the consular posts. Requests are routed and supervised along this tree.
orgs-empty = No administration has been loaded yet.
level-national = National
level-province = Province
level-commune = Commune
kind-state = State
kind-ministry = Ministry
kind-province = Province
kind-governor-office = Governor’s office
kind-mre-cell = MRE cell
kind-commune = Commune
kind-civil-status-office = Civil-status office
kind-urbanism-service = Urbanism service
kind-urban-agency = Urban agency
kind-civil-protection = Civil protection
kind-passport-service = Passport service
kind-consular-post = Consular post

error-title = Something went wrong
error-not-found-title = Page not found
error-not-found-text = The address you asked for does not exist. Check it or go back to the home page.
error-internal-text = The service could not handle your request. Try again in a moment; if the problem persists, give this code to support:
error-back-home = Back to the home page

nav-main = Main navigation
nav-staff = Staff area
nav-admin-staff = Manage staff
nav-account = My account
nav-signout = Sign out
nav-signin = Sign in
nav-signup = Create an account
nav-privacy = Personal data
home-account-title = Your account
home-account-text = One account for every administration: create it with your e-mail address, then fill in your profile once and for all.

form-error-summary = There is a problem
field-email = E-mail address
field-password = Password
field-password-hint = At least 12 characters. A sentence you easily remember works well.
field-new-password = New password
field-current-password = Current password
field-new-email = New e-mail address
field-totp-code = 6-digit code
field-totp-hint = The code shown by your authenticator app, or a recovery code.
field-name = Name
field-name-ar = Full name in Arabic
field-name-ar-hint = As written on your birth certificate, in Arabic script.
field-name-latin = Full name in Latin letters
field-name-latin-hint = As written in your passport.
field-birth-date = Date of birth
field-birth-place = Place of birth
field-sex = Sex
field-idcs = Civil and social identifier (IDCS)
field-idcs-hint = 10 digits, if you have been given one.
field-cnie = National identity card number (CNIE)
field-cnie-hint = It is kept masked: only its last three characters stay readable.
field-cnie-stored = Number on file: { $masked }. Type it again only to replace it.
field-residence-country = Country of residence
field-residence-city = City of residence
field-consular-post = Consular post you are attached to
field-consular-number = Consular registration number
field-phone = Phone
field-phone-hint = With the country code, for example +32 470 12 34 56.
field-lang = Preferred language
field-channels = How would you like to be told?
sex-female = Female
sex-male = Male
channel-email = By e-mail
channel-sms = By text message

signup-title = Create an account
signup-lead = With an account you follow all your requests in one place, wherever you live.
signup-submit = Create my account
signup-have-account = Already have an account?
signup-done-title = Check your mailbox
signup-done-text = If this address can be used, we have just sent a link to it. Open it to confirm your address; it is valid for 48 hours.
resend-done-text = If an unconfirmed account uses this address, we have just sent a new link to it, valid for 48 hours.
verify-title = Confirm your e-mail address
verify-lead = Press the button to confirm that this address is yours.
verify-submit = Confirm my address
verify-resend = Get a new confirmation link
verify-done-title = Address confirmed
verify-done-text = Your e-mail address is confirmed. You can now sign in.
link-expired-title = This link has expired
link-expired-text = For your security, links sent by e-mail only work for a while. Ask for a new one.
link-used-title = This link has already been used
link-used-text = Each link works once. If you used it, sign in.
link-unknown-title = Link not valid
link-unknown-text = This link is not recognised. Check that you copied all of it.

signin-title = Sign in
signin-submit = Sign in
signin-forgot = Forgot your password?
totp-title = Two-step verification
totp-lead = Type the code shown by your authenticator app.
totp-submit = Verify
enrol-title = Turn on two-step verification
enrol-lead = Staff accounts are protected by a one-time code as well as the password.
enrol-step-scan = Scan this QR code with an authenticator app (FreeOTP, Aegis, Google Authenticator…).
enrol-qr-alt = QR code to scan with your authenticator app
enrol-step-manual = Or type this key into the app:
enrol-step-code = Then type the 6-digit code it shows.
enrol-submit = Turn on
recovery-title = Your recovery codes
recovery-lead = Keep these codes somewhere safe. Each lets you sign in once if you lose your phone. They will not be shown again.
recovery-continue = I have written down my codes, continue
forgot-title = Forgot your password
forgot-lead = Give your account's address: we will send you a link to choose a new password.
forgot-submit = Send the link
forgot-done-title = Check your mailbox
forgot-done-text = If an account uses this address, we have just sent it a link valid for one hour.
reset-title = Choose a new password
reset-submit = Save the password
reset-done-title = Password saved
reset-done-text = Your password is saved and your other sessions are closed. You can sign in.

account-title = My account
account-role = Role
account-org = Administration
account-sessions = Open sessions
account-sessions-count = { $count ->
    [one] { $count } open session
   *[other] { $count } open sessions
}
role-citizen = Citizen
role-agent = Agent
role-supervisor = Supervisor
role-admin = Administrator
profile-title = My profile
profile-lead = These details fill in your requests for you. You can correct them at any time.
profile-saved = Your profile is saved.
profile-identity = Identity
profile-residence = Residence
profile-contact = Contact and preferences
profile-submit = Save
security-title = Account security
security-password = Change password
security-password-submit = Change the password
security-password-changed = Your password is changed. Your other sessions are closed.
security-email = Change e-mail address
security-email-submit = Send the confirmation link
security-email-sent = If the new address can be used, a confirmation link has just been sent to it. The change happens when you open it.
security-sessions = Sign out everywhere
security-sessions-lead = Closes all your sessions, on all your devices, this one included.
security-sessions-submit = Sign out everywhere
apps-title = Apps and access tokens
family-title = Family booklet
family-lead = The acts of the civil-status register that concern your family, as transcriptions and declarations enter them, with their margin notes.
family-empty = No act yet: a transcription of a birth or a marriage abroad adds it here once the consulate enters it in the register.
family-spouse = Spouse
act-kind-birth = Birth
act-kind-marriage = Marriage
act-kind-divorce = Divorce
act-kind-death = Death
margin-marriage = Marriage
margin-divorce = Divorce
margin-death = Death
margin-correction = Correction
apps-lead = An app you trust (on your phone, or a family member’s helper) can follow and file your own requests through the Nafida API with an access token. A token reaches your requests only, never your password or profile; it expires after 90 days, and ends when you change your password or sign out everywhere.
apps-created = Here is your new token. Copy it now into the app: it will not be shown again.
apps-none = You have no access tokens.
apps-name = Name
apps-name-hint = To recognise it later, for example “my phone”.
apps-created-at = Created
apps-expires-at = Expires
apps-last-used = Last used
apps-revoke = Revoke
apps-new = New token
apps-create = Create a token
err-token-name = Give the token a name of at most 60 characters.
err-token-too-many = { $count ->
    [one] You may hold one token; revoke it first.
   *[other] You may hold { $count } tokens at most; revoke one first.
}
email-changed-title = E-mail address changed
email-changed-text = Your new address is confirmed. Use it from now on to sign in.

staff-title = Staff area
staff-below = Administrations you supervise
staff-members = Staff
staff-members-none = No staff member belongs to this administration.
admin-staff-title = Manage staff
admin-invite = Invite a staff member
admin-invite-lead = The invited person gets a link to choose a password, then turns on two-step verification.
admin-invite-submit = Send the invitation
admin-invited = The invitation has been sent.
admin-status = Status
admin-actions = Actions
admin-disabled = Disabled
admin-active = Active
admin-no-totp = Two-step not on
admin-enable = Enable
admin-disable = Disable

privacy-title = Your personal data
privacy-lead = Nafida processes your data under law 09-08 on the protection of individuals with regard to the processing of personal data, under the supervision of the CNDP.
privacy-controller-title = Controller
privacy-controller-text = The province of Al Hoceima (governor's office), on behalf of the administrations connected to Nafida. Each administration only sees the cases that concern it.
privacy-purposes-title = Purposes
privacy-purposes-text = Your data is used only to handle your requests, tell you how they progress, check your identity and produce anonymous statistics on the quality of service. It is never sold or used for commercial purposes.
privacy-data-title = Data processed
privacy-data-text = Your e-mail address, your profile (names, birth, residence, contacts) and the documents of your requests. Your national identity card number is never kept in clear: only its last three characters and an encrypted fingerprint are. Every time a staff member opens your file it is recorded, and you can see who looked at it and why.
privacy-retention-title = How long it is kept
privacy-retention-text = Account data is kept while the account is active, then deleted two years after the last sign-in. Cases are kept as long as each procedure's archiving rules require. Sent e-mails are erased after 90 days.
privacy-rights-title = Your rights
privacy-rights-text = You may access your data, have it corrected, and object to its processing on legitimate grounds (articles 7, 8 and 9 of law 09-08). You may also refer the matter to the CNDP.
privacy-contact-title = Contact
privacy-contact-text = To exercise your rights, write to the permanent provincial cell for Moroccans abroad, province of Al Hoceima, or ask your consulate.

demo-mail-title = Mail sent (demo)
demo-mail-lead = This page only exists in demo mode: it shows the e-mails the platform sent, so you can follow links without a mail server.
demo-mail-empty = No e-mail has been sent yet.
demo-mail-to = Recipient
demo-mail-subject = Subject
demo-mail-back = Back to the mail

error-forbidden-title = Access denied
error-forbidden-text = Your account does not allow you to open this page.
error-csrf-title = The form has expired
error-csrf-text = For your security, this form was not accepted. Go back to the previous page, reload it and send it again.
error-too-large-title = File or form too large
error-too-large-text = What you sent is larger than the platform accepts. Make the attached files smaller and try again.
error-rate-limited-title = Too many attempts
error-rate-limited-text = Please wait a few minutes before trying again.

err-email-invalid = Enter a valid e-mail address, for example name@example.com.
err-password-too-short = The password must have at least 12 characters.
err-password-too-long = The password must have at most 128 characters.
err-password-common = This password is too common or too easy to guess. Choose another one.
err-name-not-arabic = Write this name in Arabic letters.
err-name-not-latin = Write this name in Latin letters.
err-date-invalid = Enter a real date, for example 1985-03-21.
err-date-birth-out-of-range = The date of birth must be in the past and after 1900.
err-sex-invalid = Choose a value from the list.
err-country-unknown = Choose a country from the list.
err-phone-invalid = Enter a number with the country code, for example +32 470 12 34 56.
err-idcs-invalid = The civil and social identifier has exactly 10 digits.
err-cnie-invalid = A CNIE number starts with one or two letters followed by digits, for example R123456.
err-consular-number-invalid = The registration number has at most 20 letters or digits.
err-place-invalid = Enter a place name (80 characters at most).
err-org-invalid-id = Not a valid administration identifier.
err-role-unknown = Unknown role.
err-orgmap-invalid = Not a valid map of administrations.
err-case-ref-invalid = Not a valid case reference: check it (for example AH-26-7K3M9QX4).
err-etimbre-invalid = The electronic stamp code has 16 digits.
err-act-kind-invalid = Choose birth, marriage, divorce or death.
err-act-number-invalid = The act number has 1 to 6 digits, for example 1234.
err-act-year-invalid = The register year has 4 digits, from 1900 to this year.
err-name-not-tifinagh = Write this name in Tifinagh letters.
err-verification-code-invalid = A verification code has 10 letters and digits, as printed under the QR code (for example 7K3M9-QX4PA).
err-date-within-days = { $count ->
    [one] The date must be today or yesterday.
   *[other] The date must be within the last { $count } days: after that, the declaration is made at the office with a court decision.
}
err-rate-limited = Too many attempts. Wait a few minutes before trying again.
err-signin-failed = Wrong e-mail address or password.
err-signin-unverified = First confirm your e-mail address with the link we sent you.
err-totp-wrong = This code is not valid. Type the code shown right now, or a recovery code.
err-consular-post-unknown = Choose a consular post from the list.
err-phone-needed-for-sms = Give a phone number to be told by text message.
err-current-password-wrong = The current password is not correct.
err-name-required = Enter a name (80 characters at most).
err-role-required = Choose a role.
err-org-out-of-scope = Choose an administration from the list.
err-email-taken = An account already uses this address.

mail-footer = Nafida — the single window for Moroccans around the world. You get this message because something was done with your address.
mail-verify-subject = Confirm your e-mail address
mail-verify-body = Welcome to Nafida.

    To activate your account, confirm your e-mail address. The link is valid for 48 hours. If you did not create an account, ignore this message.
mail-verify-action = Confirm my address
mail-already-subject = Attempt to create an account
mail-already-body = Someone tried to create a Nafida account with your address, which already has one.

    If it was you, sign in, or ask for a new password if you forgot it. Otherwise, ignore this message.
mail-already-action = Sign in
mail-reset-subject = Choose a new password
mail-reset-body = You asked to change the password of your Nafida account. The link is valid for one hour. If you asked for nothing, ignore this message: your password does not change.
mail-reset-action = Choose a new password
mail-email-change-subject = Confirm your new e-mail address
mail-email-change-body = You asked to use this address for your Nafida account. The link is valid for 24 hours.
mail-email-change-action = Confirm the new address
mail-invite-subject = Your staff account on Nafida
mail-invite-body = An administrator created a staff account for you on Nafida. Choose your password with the link below (valid for 7 days), then turn on two-step verification.
mail-invite-action = Choose my password
anonymous-lead = You may file a complaint without an account: give your e-mail address; we send you a link to confirm it, and your complaint is registered when you open it.
anonymous-email-hint = The acknowledgement and the answer are sent to this address.
anonymous-check-title = Confirm your address
anonymous-check-text = We sent you a link (valid 48 hours). Your complaint is registered as soon as you open it; nothing is registered before.
anonymous-confirm-title = Register your complaint
anonymous-confirm-lead = Confirm your address to register the complaint you filed.
anonymous-confirm-submit = Register my complaint
anonymous-registered-title = Your complaint is registered
anonymous-registered-text = The acknowledgement has been sent to you by mail. To follow your complaint, rate the answer or reopen it, sign in; if you have no password yet, choose one with the link below.
anonymous-registered-password = Choose a password
anonymous-link-used-title = This link no longer works
anonymous-link-used-text = It was already used, or it is more than 48 hours old.
anonymous-again = File a complaint
err-own-case-signin = Sign in to link one of your requests.
mail-confirm-filing-subject = Confirm your complaint on Nafida
mail-confirm-filing-body = Someone — probably you — filed a complaint on Nafida with this address. Open the link below to register it (valid 48 hours). If it was not you, do nothing: nothing is registered.
mail-confirm-filing-action = Register my complaint
nav-complaint-new = File a complaint without an account

nav-catalogue = Procedures
home-catalogue-link = See every procedure
catalogue-title = Procedures
catalogue-lead = The official catalogue: for each procedure, the documents an administration may ask you for — and no others —, the cost, the legal delay and where to go.
catalogue-search-label = Search for a procedure
catalogue-search-submit = Search
catalogue-filters = Filters
catalogue-themes = Themes
catalogue-all-themes = All themes
catalogue-by-administration = By administration
catalogue-all-administrations = All administrations
catalogue-results = { $count ->
    [0] No procedure
    [one] { $count } procedure
   *[other] { $count } procedures
}
catalogue-none = No procedure matches. Try another word or remove a filter.
catalogue-back = ← All procedures
theme-civil-status = Civil status
theme-identity-travel = Identity and travel
theme-consular = Consular services
theme-urbanism = Urbanism and business
theme-complaints = Complaints
theme-mre-services = Services for Moroccans abroad
applicant-self = yourself
applicant-minor-child = your minor child
applicant-family = a member of your family
applicant-representative = a representative
applicant-architect = a mandated architect
procedure-who = Who may apply
procedure-responsible = Competent administration
procedure-fee = Cost
procedure-fee-free = Free
procedure-fee-amount = { $count } MAD
procedure-delay = Legal time limit for a decision
delay-working = { $count ->
    [one] { $count } working day
   *[other] { $count } working days
}
delay-calendar = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
procedure-extendable = May be extended once by { $count } days, with a reason.
procedure-silence-tacit = If the administration does not decide in time, the request is tacitly approved (law 55-19) and the governor issues a certificate of administrative silence.
procedure-documents = Documents to provide
procedure-documents-binding = This list is binding: the administration may not ask you for any other document, nor for one it already holds (law 55-19).
procedure-documents-none = No document to provide.
procedure-document-optional = if it applies to you
procedure-entitlement = Who may obtain the document
procedure-entitlement-intro = This document is issued only to the people below, once their standing is checked. Attach the proof asked for yours.
procedure-entitlement-relation = You are, to the holder
procedure-entitlement-proof = Proof asked
procedure-entitlement-identity = Only your identity is checked
procedure-entitlement-source = Basis: { $source }.
procedure-entitlement-to-confirm = A strict reading of the text, to be confirmed.
procedure-where = Where to go
procedure-version = Version { $version } of this procedure.

nav-cases = My requests
nav-queue = Case queue
procedure-start = Start this procedure
procedure-start-signin = Sign in to start this procedure.
start-back = ← Back to the procedure
start-lead = The administration must decide within { $delay }. You get a receipt as soon as you send it.
start-office-search = Find the office
start-office-search-hint = Its town in Arabic or Latin letters, however it is spelt (Al Hoceima, Alhoceima, الحسيمة…).
start-office-search-submit = Search
start-admin-search = Find the administration concerned
start-admin-search-hint = Its name or its town, in Arabic, French or English, whatever the spelling (consulate Brussels, Imzouren, إمزورن…).
form-optional = (optional)
form-only-if = Only if you chose: { $choice }
start-files-hint = PDF, JPEG or PNG files, 5 MB at most each.
start-representation = Filing for another person
start-representation-optional = If you file as the mandated representative of another person, give their name and attach your mandate. Leave this empty if you file for yourself.
start-representation-required = This procedure is filed by a mandated representative: give the name of the person you act for and attach your mandate.
start-represented-name = Full name of the person you represent
start-mandate = Mandate (power of attorney)
start-mandate-hint = The signed mandate, with the signature legalised. PDF, JPEG or PNG, 5 MB at most.
err-represented-required = Give the name of the person you represent.
err-represented-name = The name must have 2 to 120 characters.
case-represented = Filed for { $name } by you, as their mandated representative.
case-represented-staff = Filed for { $name } by a mandated representative (the account holder); check the mandate attached.
start-submit = Send my request
form-files-again = For your security, files are not kept when the form has an error: attach them again.
err-field-required = Fill in “{ $field }”.
err-text-too-long = { $count } characters at most.
err-number-invalid = Enter a valid whole number.
err-choice-invalid = Choose a value from the list.
err-file-too-large = “{ $document }” is larger than 5 MB.
err-document-required = Attach “{ $document }”.
err-proof-required = Attach “{ $document }”: it proves how you stand to the holder of the act.
err-file-unreadable = “{ $document }” cannot be read: the file is incomplete or damaged. Send a complete, readable copy (PDF, JPEG or PNG).
err-too-many-files = { $count ->
    [one] Only one file for “{ $document }”.
   *[other] At most { $count } files for “{ $document }”.
}
start-max-files = { $count ->
    [one] One file.
   *[other] Up to { $count } files.
}
err-file-type = “{ $document }” must be a PDF, JPEG or PNG file.
err-message-length = Write a message of 1 to { $count } characters.
err-motivation-required = A refusal must give its reasons (10 characters at least).
err-request-empty = Choose at least one document of the list, or describe another document with its reason.
err-unlisted-needs-reason = A document outside the list needs a written reason, which the person will see and may complain about.
err-case-changed = The case changed meanwhile; here is how it stands now.
receipt-title = Receipt of filing
receipt-reference = Your request is registered under the reference:
receipt-procedure = Procedure
receipt-administration = Administration
receipt-filed = Filed on
receipt-due = Decision due by
receipt-after-payment = The administration’s time limit runs from the payment: this date moves back by as many days as the request waits to be paid.
receipt-next-title = What happens next
receipt-next-text = The administration examines your request. If a document of the list is missing, it will ask you here and the time limit stops until you answer. You are told at every step.
receipt-legal = This receipt is issued under law 55-19; it proves the date of filing.
receipt-follow = Follow my request
receipt-print = To print it, use your browser's print function.
receipt-pdf = Download the receipt (PDF)
check-title = Check a document
check-lead = Anyone can check a document Nafida issued: type the code printed under its QR code, or give the PDF file. No account is needed.
check-code = Verification code
check-code-hint = 10 letters and digits, for example 7K3M9-QX4PA.
check-submit = Check
check-file-title = Check a PDF file
check-file-lead = The file's seal is checked byte by byte: a document changed in any way fails.
check-file = The PDF file
check-file-submit = Check the file
check-file-authentic = The file you gave is authentic: it is exactly the one the administration issued.
check-file-tampered = This file was changed after it was issued: it is not authentic.
check-file-unknown-key = This file was sealed with a key Nafida never published: it is not authentic.
check-file-not-sealed = This file is not a document issued by Nafida, or it is incomplete.
check-keys = The public keys documents are sealed with:
check-valid = Valid document
check-revoked = Revoked document
check-expired = Expired document
check-unknown = No document has this code
check-unknown-text = Check the code on the paper. A document without a valid code must not be accepted.
check-revoked-reason = Reason:
check-compare = Compare with the paper
check-privacy = Only what is needed to compare with the paper is shown.
check-revoke-title = Revoke this document
check-revoke-reason = Reason for the revocation (shown on this page)
check-revoke = Revoke
doc-kind-birth-extract = Birth certificate extract
doc-kind-birth-full-copy = Full copy of the birth certificate
doc-kind-receipt = Receipt of a request
doc-kind-silence-certificate = Certificate of administrative silence
doc-kind-payment-receipt = Payment receipt
doc-field-receipt-number = Receipt number
doc-field-paid-on = Paid on
doc-field-name-ar = Name (Arabic)
doc-field-name-latin = Name (Latin letters)
doc-field-name-tifinagh = Name (Tifinagh)
doc-field-event-date = Date
doc-field-place = Place
doc-field-act = Act
doc-field-reference = Request
doc-field-copies = Copies
doc-field-issued-on = Issued on
doc-state = Kingdom of Morocco
doc-field-sex = Sex
doc-field-father = Father
doc-field-mother = Mother
doc-field-margin = Margin notes
doc-sex-F = Female
doc-sex-M = Male
doc-margin-none = None
doc-act-value = No. { $number } of { $year }
doc-issued-line = Issued electronically on { $date } by { $office } for request { $reference }.
doc-sealed-line = Approved by { $officer }; sealed in the name of { $office } with its key { $key }.
doc-officer-partner = the office’s partner system
doc-officer-platform = the platform, for the holder whose identity was checked
doc-officer-system = the platform
err-act-not-in-register = No act of the register matches this request (office, name, date of birth, act number): ask the person to correct it, or refuse with reasons.
err-own-case = Choose one of your own requests.
case-complaints = Complaints about this request
answer-title = The administration’s answer
rating-title = How was the answer?
stats-title = How administrations answer complaints
stats-lead = Every complaint filed on Nafida, counted by the administration concerned and by month: how many were answered, how many within the legal delay (60 days), how long answers took, and how satisfied people were. No name or request is shown.
stats-chart-title = Complaints received and answered within the delay, by month
stats-chart-caption = Grey: received. Green: answered within the delay.
stats-all = All administrations
stats-by-org = By administration
stats-by-month = By month of filing
stats-received = Received
stats-answered = Answered
stats-on-time = Within the delay
stats-average = Average days to answer
stats-p90 = 9 in 10 answered within (days)
stats-satisfaction = Satisfaction (ratings)
stats-csv = Download as CSV
stats-privacy = The figures are only counts and durations, with no personal data; a group of fewer than 5 complaints is merged with others or hidden.
nav-statistics = Statistics
rating-stars = Your rating
rating-given = { $count ->
    [one] { $count } star out of 5
   *[other] { $count } stars out of 5
}
rating-comment = A comment (optional)
rating-submit = Rate the answer
err-rating = Choose from 1 to 5 stars; a comment has 1,000 characters at most.
reopen-title = Not satisfied?
reopen-until = You may reopen this complaint until { $date }.
reopen-reason = Why you reopen it
reopen-submit = Reopen the complaint
mediateur-title = Take it to the Ombudsman
mediateur-lead = If the answer does not settle the matter, you may refer it to the Ombudsman (Médiateur du Royaume). Download the complete file — your complaint, its whole history, the answer and your documents — and attach it to your referral.
mediateur-export = Download the complete file
event-mediateur-export = Complete file exported for the Ombudsman
err-reopen-period = The period to reopen this complaint has passed.
err-reopen-reason = Say why you reopen it (10 to 2,000 characters).
case-unlisted-complain-lead = The administration asked you for a document that is not on the procedure's list.
case-unlisted-complain = Complain about it (law 55-19)
err-act-data-invalid = The request lacks what the register needs (names, date, place): ask the person for it.
err-act-profile-incomplete = The person's profile lacks their name in Arabic script, which the register needs: ask them to complete it.
event-registered = Entered in the register: act no. { $act }
err-awaiting-payment = The request is not paid yet: it can be approved once paid (online, or at a counter recorded below).
event-document-issued = Document issued: { $code }
event-document-revoked = Document revoked: { $code }
case-issue-now = Issue the document now
case-documents = Documents issued
case-document-download = Download the PDF
case-document-verify = Verification page
doc-code = Verification code:
doc-verify-at = Check it at
doc-verify-at-short = Scan the code to check it
dashboard-title = My requests
dashboard-lead = All your requests, to every administration, in one place.
dashboard-new = Make a new request
dashboard-empty = You have no request yet.
phase-received = Received
phase-in-progress = In progress
phase-waiting-for-you = Waiting for you
phase-approved = Approved
phase-rejected = Refused
phase-withdrawn = Withdrawn
phase-closed = Closed
next-send-documents = To do: send the requested documents
countdown-left-working = { $count ->
    [0] Decision due today
    [one] { $count } working day left
   *[other] { $count } working days left
}
countdown-left-calendar = { $count ->
    [0] Decision due today
    [one] { $count } day left
   *[other] { $count } days left
}
countdown-overdue-working = { $count ->
    [one] { $count } working day late
   *[other] { $count } working days late
}
countdown-overdue-calendar = { $count ->
    [one] { $count } day late
   *[other] { $count } days late
}
countdown-stopped-working = { $count ->
    [one] Clock stopped: { $count } working day will be left when it restarts
   *[other] Clock stopped: { $count } working days will be left when it restarts
}
countdown-stopped-calendar = { $count ->
    [one] Clock stopped: { $count } day will be left when it restarts
   *[other] Clock stopped: { $count } days will be left when it restarts
}
case-status = Step
case-send-documents = Send the documents
case-timeline = History
case-files = Attached files
case-write = Write to the administration
case-message = Message
case-send = Send
case-withdraw = Withdraw my request
actor-system = Nafida
actor-you = you
event-filed = Request filed
event-transition = New step: { $status }
event-message = Message from { $who }
event-note = Internal note by { $who }
event-viewed = File opened by { $who }
event-assigned = Case taken by { $who }
view-reason-processing = Reason: handling the request
view-reason-supervision = Reason: supervision
view-reason-opinion = Reason: opinion asked
view-reason-follow-up = Reason: follow-up by the provincial cell for Moroccans abroad
err-cell-coordinates-only = The provincial cell follows and coordinates this case; the administration handling it decides.
queue-title = Case queue
queue-open = Open
queue-mine = My cases
queue-all = All
queue-empty = No case here.
queue-reference = Reference
queue-assignee = Taken by
queue-me = me
queue-someone = a colleague
case-claim = Take this case
case-form = Form
request-listed = Documents of the list to request
request-unlisted = Another document (not listed)
request-unlisted-hint = Law 55-19 forbids requiring a document that is not on the list: it goes as a message with its reason, without stopping the clock, and the person may complain.
request-unlisted-reason = Reason for asking outside the list
action-motivation-required = Reasons (required)
action-comment = Comment for the person (optional)
case-write-applicant = Write to the person
case-internal-note = Internal note
case-note = Note (staff only)
case-add-note = Add the note
mail-receipt-subject = Receipt of your request { $reference }
mail-receipt-body = Your request “{ $procedure }” is registered under the reference { $reference }.

    The administration must decide by { $due }. This message is your receipt (law 55-19).
mail-receipt-action = Follow my request
event-escalated-supervisor = Time limit passed: case reported to the administration's supervisor
event-escalated-cell = Time limit long passed: case reported to the provincial cell
event-escalated-routing = Not routed within its delay: reported to the administration's supervisor
flag-routing-overdue = Routing overdue
event-tacit-approval = The legal time limit passed without a decision: the request is tacitly approved (law 55-19). The certificate of administrative silence is available.
silence-title = Certificate of administrative silence
silence-issuer = Province of Al Hoceima — governor's office
silence-applicant = Applicant
silence-statement = The competent administration did not decide on this request within the legal time limit. Under law 55-19 on the simplification of administrative procedures and formalities, its silence means the request is approved.
nav-inbox = Messages
inbox-title = My messages
inbox-lead = Everything the administrations wrote about your requests, in one place.
inbox-empty = No message yet.
inbox-new = new
mail-update-documents-subject = Documents requested for your request { $reference }
mail-update-documents-body = The administration asks for documents for your request “{ $procedure }” ({ $reference }). The time limit stops until you answer.
mail-update-message-subject = New message about your request { $reference }
mail-update-message-body = The administration wrote to you about your request “{ $procedure }” ({ $reference }).
mail-update-decision-subject = Decision on your request { $reference }
mail-update-decision-body = A decision was taken on your request “{ $procedure }” ({ $reference }).
mail-update-ready-subject = Your request { $reference } is ready to collect
mail-update-ready-body = Your request “{ $procedure }” ({ $reference }) is ready. Collect it in person at { $place } by { $until }, with your identity document.
mail-update-step-subject = Your request { $reference } moves on
mail-update-step-body = Your request “{ $procedure }” ({ $reference }) reached a new step.
mail-update-overdue-subject = Your request { $reference } is late
mail-update-overdue-body = The administration did not decide on your request “{ $procedure }” ({ $reference }) within the legal time limit. Its supervisors have been alerted; you may also file a complaint.
sms-update-received = Nafida: your request { $reference } was received. { $link }
sms-update-documents = Nafida: documents are requested for your request { $reference }. { $link }
sms-update-message = Nafida: new message about your request { $reference }. { $link }
sms-update-decision = Nafida: a decision was taken on your request { $reference }. { $link }
sms-update-ready = Nafida: your request { $reference } is ready to collect at { $place } by { $until }; bring your identity document. { $link }
sms-update-step = Nafida: your request { $reference } moves on. { $link }
sms-update-overdue = Nafida: your request { $reference } is past its time limit; the supervisors are alerted. { $link }
flag-overdue = Overdue
flag-due-soon = Due soon
flag-escalated = Escalated
flag-escalated-cell = Escalated to the cell
flag-fast-lane = Fast lane
flag-possible-duplicate = Possible duplicate
flag-awaiting-payment = Awaiting payment
flag-stamp-to-check = e-Timbre to check
pay-title = To pay before the office takes up your request
pay-fee = Fee
pay-postage = Postage
pay-total = Total
pay-amount = { $count ->
    [one] { $count } dirham
   *[other] { $count } dirhams
}
pay-copies = { $count ->
    [one] { $count } copy
   *[other] { $count } copies
}
pay-online = Pay online
pay-counter = You may also pay at the counter of a consulate or of the provincial cell, with your reference; the agent records the payment here.
pay-awaiting = Awaiting payment
pay-counter-receipt = Number of the counter receipt given to the person
pay-counter-record = Record the payment
err-receipt-number = The receipt number has 3 to 40 letters, digits, hyphens or slashes.
post-tracking = Tracking number of the registered letter
post-record = Record the posting
err-tracking-number = A tracking number has 8 to 30 letters and digits, for example RR123456789MA.
event-posted = Sent by registered post: tracking number { $tracking }
event-rated = { $count ->
    [one] Answer rated { $count } star out of 5
   *[other] Answer rated { $count } stars out of 5
}
pay-test-title = Test payment service
pay-test-lead = This is the platform's test payment service, for the demonstration: no money moves. A real deployment sends you to a bank's page instead.
pay-test-confirm = Pay
pay-test-decline = Decline the payment
event-paid = { $count ->
    [one] Paid: { $count } dirham
   *[other] Paid: { $count } dirhams
}
event-paid-receipt = Receipt no. { $receipt }
event-no-act-match = No act of the register matches your request
event-no-act-match-text = Check the name, the date of birth and, if you know it, the act number; correct them below. You do not pay again.
event-corrected = Details corrected by the person
event-stamp-checked = e-Timbre purchase checked at the counter
correct-title = Correct the details of your request
correct-lead = The office's register holds no act matching these details. Correct them and the search runs again; you do not pay again.
correct-name-ar = Full name in Arabic
correct-name-latin = Full name in Latin letters
correct-birth-date = Date of birth
correct-act-number = Act number and year (for example 1234/1990), if you know them
correct-submit = Search again
queue-next = Next cases
nav-holidays = Holidays
nav-topics = Complaint topics
topics-title = Complaint topics
topics-lead = The topics and sub-topics people file complaints under. A retired topic is no longer offered; the complaints that name it keep it.
topics-id = Identifier
topics-id-hint = 2 to 40 lowercase letters, digits or hyphens, for example consular-visas.
topics-retired = Retired
topics-retire = Retire
topics-add = Add a topic or a sub-topic
topics-parent = Under the topic
topics-parent-none = (a new topic)
topics-save = Add
err-topic-id = The identifier has 2 to 40 lowercase letters, digits or hyphens.
err-topic-taken = This identifier is already used.
holidays-title = Public holidays
holidays-lead = Legal time limits count working days without these days. Religious holidays follow the lunar calendar: confirm or correct their dates each year.
holidays-day = Day
holidays-religious = Religious holiday
holidays-provisional = Date to be confirmed
holidays-delete = Remove
holidays-add = Add or correct a holiday
holidays-add-hint = A day already listed is replaced.
holidays-name-ar = Name in Arabic
holidays-name-fr = Name in French
holidays-name-en = Name in English
holidays-save = Save
case-assign = Assign the case
case-assign-to = Assign to
case-transfer = Send to the competent administration
case-transfer-to = Send to
case-transfer-reason = Reason (the person will see it)
event-transferred = Case sent to { $org }
opinions-title = Opinions asked
opinions-empty = No opinion is awaited from your administration.
opinions-asked-by = Asked by
opinion-title = Opinion
opinion-question = Question
opinion-verdict = Your opinion
opinion-text = Text of the opinion
opinion-submit = Give the opinion
verdict-favourable = Favourable
verdict-reserves = Favourable with reserves
verdict-unfavourable = Unfavourable
opinions-of-case = Opinions of other administrations
opinion-awaited = Awaited
opinion-ask-org = Ask an opinion of
opinion-ask = Ask for the opinion
event-opinion-requested = Opinion asked of { $org }
event-opinion-given = Opinion of { $who }
queue-select = Selection
queue-select-case = Select case { $reference }
queue-claim-selected = Take the selected cases
queue-bulk = With the selected cases
queue-bulk-op = Action
queue-bulk-assign = Assign to a colleague
queue-bulk-assignee = Colleague
queue-bulk-apply = Apply to the selected cases
queue-bulk-done = { $count ->
    [one] One case done.
   *[other] { $count } cases done.
}
queue-bulk-skipped = { $count ->
    [0] None skipped.
    [one] One skipped (not allowed or changed meanwhile).
   *[other] { $count } skipped (not allowed or changed meanwhile).
}
case-possible-duplicate = The same person has other open requests with the same form:
case-fast-lane-reason = Why this case goes in the fast lane (the person sees it)
case-fast-lane-on = Put in the fast lane
case-fast-lane-off = Take out of the fast lane
event-fast-lane = Put in the fast lane by { $who }
event-fast-lane-off = Taken out of the fast lane by { $who }
event-fast-lane-card = In the fast lane: its applicant holds the “MRE Services” card { $number }
mail-escalation-subject = Overdue case: { $reference }
mail-escalation-body = The legal time limit of the request “{ $procedure }” ({ $reference }) at { $org } has passed. The case is reported to you for follow-up.
case-extend = { $count ->
    [one] Extend the time limit by { $count } day
   *[other] Extend the time limit by { $count } days
}
case-extend-reason = Reason for the extension (the person will see it)
event-extended = { $count ->
    [one] Time limit extended by { $count } day
   *[other] Time limit extended by { $count } days
}
err-idempotency-key = This submission has no valid key: reload the form and send it again (applications send an idempotency_key of 16 to 128 characters).
err-transition-not-allowed = This action is not possible on this case as it stands.
err-stamp-to-check = The e-Timbre could not be checked with the DGI: check its purchase (bank or website receipt) before approving.
err-stamp-not-to-check = This request has no e-Timbre to check.
stamp-to-check-text = The DGI's checking service is not connected: check the e-Timbre purchase receipt (bank or website) the person shows, then confirm it here. The request cannot be approved before.
stamp-checked-button = I checked the e-Timbre purchase
err-production-stages-only = The production service only moves the production stages; biometrics and the handover stay with the post.
err-only-supervisors-assign = Only a supervisor can assign a case.
err-only-supervisors-fast-lane = Only a supervisor can put a case in the fast lane.
err-claim-needs-account = Only a signed-in agent can take a case.
err-nothing-to-pay = This request is not waiting for a payment.
err-nothing-to-correct = The details of this request can no longer be corrected.
err-not-answered = This complaint has not been answered yet.
err-opinion-given = This opinion has already been given.
err-not-extendable = The time limit of this case cannot be extended.
err-nothing-to-post = This request has nothing to send by post.
err-nothing-to-issue = This request has no document to issue.
err-invalid = Some of the information sent is not valid.
err-already-revoked = This document is already revoked.
event-review-before-issuance = Your request is paid; the act is in the register. The office checks that it may issue it to you before doing so.
event-review-before-issuance-unverified = Your identity has not been checked on Nafida yet (by an agent or with the electronic identity): an agent compares the identity document you attached with the act, then issues the document by the latest date on your receipt. If a document is missing, they ask for it here. To get your documents at once next time, have your identity checked from your account.
event-review-before-issuance-mismatch = The identity checked on your account does not match the holder of the act (name or date of birth). Your request is not refused: an agent compares your identity document with the act, then issues the document or tells you what to correct, by the latest date on your receipt.
event-review-before-issuance-relation = An agent checks the proof of your link with the holder of the act (the document you attached), then issues the document by the latest date on your receipt. If a proof is missing, they ask for it here.
receipt-documents = Documents deposited
receipt-none = none
receipt-silence = Without an answer by this date
receipt-silence-approval = the request is deemed approved (law 55-19)
receipt-silence-none = you may file a complaint on Nafida

# Identity assurance and who obtained an act
identity-title = My identity on Nafida
identity-lead = How well your identity is checked decides what can be issued to you without review: a civil-status document is issued at once only to its holder, whose identity was checked and matches the act.
identity-level = Level
identity-level-email = E-mail address only (identity not checked)
identity-level-agent-checked = Checked by an agent
identity-level-eid = National electronic identity
identity-why = Your account only proves that you receive mail at this address. Your requests for documents are reviewed by an agent before issuance.
identity-raise = Have my identity checked
identity-counter-heading = At the counter of a consulate or of the provincial cell
identity-counter-how = Show the agent your original national ID card or passport, and give them your e-mail address and the code below (it changes every half hour).
identity-counter-code = Counter code:
identity-eid-heading = With the national electronic identity
identity-eid-how = Confirm your identity with the electronic identity provider linked to your national ID card.
identity-eid-start = Continue to the electronic identity
identity-history = History of checks
identity-history-none = No check yet.
identity-when = When
identity-how = How
identity-method-counter = An agent at the counter
identity-method-document-review = An agent reviewed the identity document sent
identity-method-eid-provider = The electronic identity provider
identity-document-cnie = National ID card
identity-document-passport = Passport
identity-test-title = Test identity provider
identity-test-lead = This page plays the electronic identity provider, in the demo and the tests only. Enter what the provider would confirm.
identity-test-confirm = Confirm the identity
identity-test-cancel = Cancel
identity-counter-title = Identity check at the counter
identity-counter-lead = Enter what you read on the original document shown by the person in front of you, with their e-mail address and the code shown in their account.
identity-counter-done = Identity check recorded for { $email }.
identity-counter-code-field = Counter code
identity-counter-code-hint = Six digits shown on the “My identity” page of their account.
identity-document-seen = Document shown
identity-counter-cnie-hint = Required with a national ID card. Kept only masked and hashed.
identity-counter-submit = Record the check
err-identity-counter-only = Counter checks are for agents of consular posts and of the provincial cell.
err-identity-request-expired = This request has expired. Start again from the “My identity” page.
err-identity-account-unknown = No citizen account has this address.
err-identity-code-wrong = The code is wrong or expired: ask the person to open the “My identity” page again.
acts-title = Who obtained my acts
acts-lead = The acts you hold, with every document issued from them (to whom, when, on what ground) and every consultation by staff.
acts-none = No act is linked to your account yet: an act is linked the first time a document from it is issued to you as its holder.
acts-log-none = Nothing recorded.
acts-act = { $kind } act no. { $number }/{ $year }, { $office } ({ $date })
acts-issued = { $document } issued to { $who } by { $office }, as: { $ground }.
acts-consulted = Consulted by { $who } of { $office }: { $ground }.
acts-who-you = you
acts-who-agent = an agent
acts-who-supervisor = a supervisor
acts-who-admin = an administrator
acts-who-system = the platform
acts-who-applicant = the applicant
acts-ground-holder = holder of the act
acts-ground-ascendant = ascendant
acts-ground-descendant = descendant
acts-ground-spouse = spouse
acts-ground-guardian = guardian or legal representative
acts-ground-mandated = mandated person
acts-ground-prosecutor-authorised = authorised by the public prosecutor
acts-ground-undeclared = relation not declared (older request)
acts-ground-case-review = review of a request
review-title = Right to obtain the act
review-relation = Relation declared by the applicant
review-proofs = Proofs asked
review-proof-attached = attached
review-proof-missing = missing
review-identity = Applicant’s identity
review-act = Act
review-act-none = No matching act in the register.
review-act-number = Act number
review-mismatch = The checked identity does not match the holder:
review-mismatch-name = the name
review-mismatch-birth-date = the date of birth
review-guide-holder = Compare the identity document attached with the act. If they agree, issue; otherwise ask for a listed document or refuse with reasons.
review-guide-relation = Check that the proof attached establishes the applicant’s link with the holder (the names on both acts). If it does, issue; otherwise ask for the proof or refuse with reasons.

# Hijri dates on documents
hijri-month-1 = Muharram
hijri-month-2 = Safar
hijri-month-3 = Rabi al-Awwal
hijri-month-4 = Rabi al-Thani
hijri-month-5 = Jumada al-Ula
hijri-month-6 = Jumada al-Akhira
hijri-month-7 = Rajab
hijri-month-8 = Shaaban
hijri-month-9 = Ramadan
hijri-month-10 = Shawwal
hijri-month-11 = Dhu al-Qaada
hijri-month-12 = Dhu al-Hijja
doc-hijri-date = { $day } { $month } { $year } AH
doc-hijri-note = The Hijri date is calculated (tabular calendar); it may differ by a day from the date fixed by sighting the moon.
identity-online-heading = By sending your document online
identity-online-how = Send a photo of your national ID card or passport; an agent of your consulate compares it with what you typed, within five working days.
identity-online-start = Send my document
event-refunded = { $count ->
    [one] The dirham you paid is refunded.
   *[other] The { $count } DH you paid are refunded.
}
event-refunded-online = The amount goes back to the means of payment you used.
event-refunded-counter = The amount is given back at the office’s counter on showing your receipt.
event-refused-correction = If the act has an error in a name, you can ask for it to be corrected.
refused-correction-link = Ask for a correction
event-asked-unlisted = The administration asks for a document outside the procedure’s list: “{ $document }”. It is only a message: the time limit keeps running and your request cannot be refused for lack of it.
err-documents-asked-already = { $count ->
    [one] Documents were already asked for on this case; the clock stops for that only once. Write a message.
   *[other] Documents were already asked for { $count } times; the clock stops no more. Write a message.
}
stats-pending = Within the period
stats-other-orgs = Other administrations (fewer than 5 complaints each)
stats-other-months = Other months (fewer than 5 complaints each)
stats-too-few = Too few complaints to publish figures that describe nobody.
err-filing-rate-limited = You have filed many requests in a short time. Try again in an hour; if it is urgent, contact the provincial cell.
procedure-legal-basis = Legal basis
procedure-legal-to-confirm = reference to be confirmed against the published text.
procedure-archive = { $count ->
    [one] The file is kept { $count } year after the decision, then { $end }.
   *[other] The file is kept { $count } years after the decision, then { $end }.
}
archive-end-destroy = destroyed
archive-end-archives = handed to the Archives of Morocco (law 69-99)
privacy-archive-procedure = Procedure
privacy-archive-rule = Retention
tokens-title = Partner system tokens
tokens-lead = Each token lets a partner system act as an agent of one administration through the API. A token is shown once, when created; a revocation holds at once on every node.
tokens-created = Here is the new token; copy it now: it will not be shown again.
tokens-id = Id
tokens-name = Purpose
tokens-created-on = Created
tokens-expires = Expires
tokens-never = never
tokens-active = Active
tokens-revoked = Revoked
tokens-expired = Expired
tokens-revoke = Revoke
tokens-new = New token
tokens-days = Validity in days (1 to 730)
tokens-create = Create the token
err-token-days = Give a validity of 1 to 730 days.
case-appeal-title = Appeal the decision
case-appeal-lead = You may ask the administration to reconsider this refusal, saying why, until { $until }. A supervisor decides your appeal within a new time limit.
case-appeal-reason = Reasons for the appeal
case-appeal-submit = Appeal
err-appeal-period = The period to appeal this decision has passed, or an appeal is no longer possible.
holidays-unconfirmed = These holidays of the next twelve months are unconfirmed estimates: confirm or correct them when the Ministry of Habous publishes the dates; the time limits of running cases are recomputed at once.
event-due-date-moved = The public holidays changed: the latest decision date moves from { $from } to { $to }.
err-query-value = Invalid value for this parameter.
err-limit-range = The number of results must be from 1 to 200.
err-malformed-body = The request body cannot be read (invalid format).
field-time-zone = Time zone
field-time-zone-hint = For example Europe/Brussels. Left empty, times follow your country of residence (or Morocco’s time).
err-time-zone = Unknown time zone; write it like Europe/Paris.

## The consular network
nav-consulates = Consulates
consulates-title = Morocco's consulates
consulates-lead = Find the consular post you belong to, its opening hours, its contacts and the services it offers.
consulates-search-label = Which consulate is mine?
consulates-search-hint = Your town or postcode, for example "Nanterre", "92700" or "4000".
consulates-country-label = Country
consulates-country-any = All countries
consulates-search-submit = Search
consulates-found = { $count ->
    [0] No post found
    [one] One post found
   *[other] { $count } posts found
}
consulates-none = No post covers "{ $query }" in our data. Choose the country, or search for the nearest town; the full list is below.
consulates-match-postcode = Your postcode is in its district.
consulates-match-city = Your town is in its district.
consulates-match-region = Your region is in its district.
consulates-any-post = Since 2023, passports, ID cards, legalisations and certificates can be requested at any post of the network; your own post keeps your registration and your civil status.
consulates-by-country = All posts, by country
consulates-summer-title = During your holiday in Morocco
consulates-summer-text = In summer you can also file your passport application at the province's passport service.
consulates-data-note = This information comes from public sources and must be confirmed with the post; what was not found is not shown.
consulates-country-invalid = Choose a country from the list.
consulates-query-too-long = { $count ->
    [one] Write at most { $count } character.
   *[other] Write at most { $count } characters.
}
consulates-back = All consulates
consulates-days-range = { $from } to { $to }
confidence-confirmed = Confirmed by an official source
confidence-reported = From recent sources
confidence-uncertain = Uncertain: old or contradictory sources
post-address = Address
post-city-only = In { $city }
post-not-found = not found in our sources
post-to-confirm = to be confirmed with the post
post-hours = Opening hours
post-phone = Telephone
post-email = E-mail
post-coverage = District
post-coverage-to-confirm = The district below rests on partial or old sources: to be confirmed with the post.
post-regions = Regions
post-cities = Towns
post-postcodes = Postcodes starting with
post-services = Services offered
post-holidays = Host-country public holidays (post closed)
post-holidays-intro = The next twelve months; the post also closes on Morocco's public holidays.
post-holidays-none = No public holiday known for this country.
post-sources = Sources
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday

## Appointments
err-supervisors-only = Only a supervisor of this administration can do this.
err-applicants-only = Only the person concerned can book, move or cancel an appointment.
err-desk-name = Give the desk a short name of lowercase letters, digits and hyphens (at most 40).
err-desk-hours = Write the opening hours like "mon-fri 09:00-15:00; sat 10:00-13:00" (each closing after its opening).
err-number-between = Enter a whole number from { $min } to { $max }.
err-appointment-case-mismatch = This request is not handled at this desk: choose the desk of its procedure and administration.
err-slot-outside-hours = This time is not one of the desk's slots: choose one from the list.
err-slot-past = This time has passed: choose a later slot.
err-slot-beyond-horizon = Bookings are not open yet that far ahead: choose an earlier slot.
err-slot-holiday = The desk is closed that day (public holiday): choose another day.
err-slot-closed = The desk is closed that day: choose another day.
err-slot-full = This slot was just taken: here are the nearest free ones.
err-cancel-too-late = { $count ->
    [one] An appointment can be cancelled or moved until { $count } hour before it; after that, go to the desk or tell it.
   *[other] An appointment can be cancelled or moved until { $count } hours before it; after that, go to the desk or tell it.
}
err-appointment-not-booked = This appointment is no longer booked.
err-appointment-not-started = A person can be marked absent only once their slot has begun.
appointment-summary = Appointment: { $procedure }
mail-appointment-booked-subject = Your appointment: { $procedure }
mail-appointment-booked-body = Your appointment is booked for { $when }, at { $place }.

    The entry for your calendar is attached. You can move or cancel it from your account.
mail-appointment-moved-subject = Your appointment was moved: { $procedure }
mail-appointment-moved-body = Your appointment is now on { $when }, at { $place }.

    The new entry for your calendar is attached.
mail-appointment-cancelled-subject = Appointment cancelled: { $procedure }
mail-appointment-cancelled-body = Your appointment of { $when } at { $place } is cancelled. The attached entry removes it from your calendar.
mail-appointment-reminder-48h-subject = Reminder: your appointment in two days
mail-appointment-reminder-48h-body = Reminder: your appointment ({ $procedure }) is on { $when }, at { $place }. Bring the documents of your request.
mail-appointment-reminder-2h-subject = Reminder: your appointment in two hours
mail-appointment-reminder-2h-body = Your appointment ({ $procedure }) is at { $when }, at { $place }.
mail-appointment-offer-subject = A place is free: { $procedure }
mail-appointment-offer-body = A place was freed at { $place } ({ $procedure }). You were on the waiting list: book it before someone else does.
sms-appointment-booked = Nafida: appointment booked for { $when }, { $place }. { $link }
sms-appointment-moved = Nafida: appointment moved to { $when }, { $place }. { $link }
sms-appointment-cancelled = Nafida: appointment of { $when } cancelled. { $link }
sms-appointment-reminder-48h = Nafida: reminder, appointment on { $when }, { $place }. { $link }
sms-appointment-reminder-2h = Nafida: your appointment is at { $when }, { $place }. { $link }
nav-appointments = Appointments
post-appointments = Book an appointment here
post-book = Choose a time
err-slot-choose = Choose a time in the list.
appointments-title = My appointments
appointments-lead = Your appointments at consulates and desks, to move or cancel, and their calendar entries.
appointments-find-desk = Find a desk and book an appointment
appointments-new-title = Book an appointment
appointments-zone = Times are those of the desk: { $place } ({ $offset }).
appointments-card-holder = You hold the MRE Services card: places are kept for you in every slot.
appointments-none-free = No time is free within the booking period. Put yourself on the waiting list: the first place freed is offered to you by mail.
appointments-waiting = You are on the waiting list: a freed place will be offered to you by mail.
appointments-wait = Put me on the waiting list
appointments-choose = Choose a time
appointments-places-left = { $count ->
    [one] { $count } place left
   *[other] { $count } places left
}
appointments-book = Book this time
appointments-later = Later times
appointments-coming = Coming
appointments-none = You have no appointment booked.
appointments-past = Past and cancelled
appointments-feed-title = In your calendar
appointments-feed-text = A private address your calendar application can subscribe to: your appointments appear there and follow every change.
appointments-feed-once = Your private address (shown once; keep it to yourself):
appointments-feed-create = Create my calendar address
appointments-feed-renew = Replace my calendar address (the former one stops working)
appointments-when = When
appointments-where = Where
appointments-status = Status
appointments-request = For the request
appointments-ics = Add to my calendar (.ics)
appointments-notice = { $count ->
    [one] You can move or cancel it until { $count } hour before.
   *[other] You can move or cancel it until { $count } hours before.
}
appointments-cancel-confirm = Cancel this appointment? The place will be offered to someone else.
appointments-cancel-yes = Yes, cancel it
appointments-cancel-no = No, keep it
appointments-move = Move it
appointments-cancel = Cancel it
appointment-status-booked = Booked
appointment-status-cancelled = Cancelled
appointment-status-checked-in = Arrived
appointment-status-served = Served
appointment-status-no-show = Absent
counter-title = Appointments at the counter
counter-no-desk = Your administration has no appointment desk yet.
counter-desks = Desks
counter-prev = Previous day
counter-next = Next day
counter-empty = No appointment that day.
counter-time = Time
counter-person = Person
counter-actions = At the counter
counter-card = MRE card
counter-check-in = Arrived
counter-served = Served
counter-no-show = Absent
counter-figures = The last 90 days at this desk
counter-figures-served = People served
counter-figures-no-show = No-shows
counter-figures-no-show-share = Share of no-shows
counter-figures-cancelled = Cancelled by the person
counter-figures-unrecorded = Past with nothing recorded
counter-closures = Closed days
counter-closure-day = Day
counter-close-day = Close the desk that day
counter-open-day = Open it again
counter-save = Save
counter-settings = Set up a desk
counter-settings-hint = Give an existing desk's name to change it; bookings already made stay as they are.
counter-desk = Desk name
counter-desk-hint = Lowercase letters, digits and hyphens, for example passport or legalisation.
counter-procedure = Service
counter-hours = Opening hours
counter-hours-hint = For example: mon-fri 09:00-15:00; sat 10:00-13:00 (the desk's local time).
counter-slot-minutes = Minutes per slot
counter-capacity = People per slot
counter-card-quota = Places kept for MRE card holders in each slot
counter-card-quota-hint = Card holders may also take any other place.
counter-horizon = Days ahead one may book
counter-cancel-hours = Hours of notice to move or cancel
nav-track = Follow a request
track-title = Follow a request
track-lead = Without an account: the number of your request (on its receipt) and the birth date of the person it concerns show where it stands.
track-reference = Request number
track-reference-hint = For example AH-26-00000123, as written on the receipt.
track-birth-date = Birth date of the person concerned
track-birth-date-hint = Yours, or that of the person the request is for (your child, for example).
track-submit = See where it stands
track-stage = Stage
track-since = Since
track-due = Decision at the latest on
track-next = What comes next
track-more = Sign in to see the whole history, the messages and the documents.
track-not-found = No request matches this number and this birth date. Check both on the receipt.
track-next-received = The administration will examine it; you will be told of each step.
track-next-in-progress = The administration is examining it; it decides by the date above at the latest.
track-next-waiting-for-you = The administration waits for something from you: sign in to see what, and send it.
track-next-approved = It is approved: sign in to see the decision and what to collect.
track-next-rejected = It is refused: sign in to read the reasons and how to appeal.
track-next-withdrawn = It was withdrawn; nothing more will happen.
track-next-closed = It is closed.
track-pickup = To collect in person at { $place } by { $until }, with your identity document.
pickup-to-confirm = (the collection period is to be confirmed with the post)
err-track-reference = Enter the number of your request.
doc-field-birth-date = Date of birth
doc-field-registration = Registration file
doc-field-residence-address = Address of residence
doc-field-residence-since = Resident since
doc-field-attestation = Attestation
doc-field-pension-fund = Pension fund
doc-field-pension-number = Pension number
doc-life-attestation = The person named above appeared in person before { $office } on { $date }.
doc-kind-consular-registration-card = Consular registration card
doc-kind-life-certificate = Life certificate
err-certificate-names-missing = The person's names are neither checked nor in their profile: the certificate cannot be drawn. Ask them to complete their profile.
err-etimbre-unknown = No e-Timbre of this number is known: check the 16 digits of the text message you received when you bought it.
err-etimbre-used = This e-Timbre has already paid a request: each code pays one request only.
case-book-appointment-text = This request needs you at the desk (biometrics, signature, handover): book a time there.
case-book-appointment = Book an appointment for this request

# The places time zones are named after, as times are labelled: 09:00 (Brussels, GMT+2).
zone-africa-casablanca = Casablanca
zone-europe-paris = Paris
zone-europe-madrid = Madrid
zone-atlantic-canary = Canary Islands
zone-europe-brussels = Brussels
zone-europe-amsterdam = Amsterdam
zone-europe-berlin = Berlin
zone-europe-rome = Rome
zone-europe-london = London
zone-europe-zurich = Zurich
zone-europe-lisbon = Lisbon
zone-europe-stockholm = Stockholm
zone-europe-oslo = Oslo
zone-europe-copenhagen = Copenhagen
zone-europe-vienna = Vienna
zone-europe-dublin = Dublin
zone-america-new-york = New York
zone-america-toronto = Toronto
zone-asia-dubai = Dubai
zone-asia-riyadh = Riyadh
zone-asia-qatar = Doha
zone-europe-istanbul = Istanbul
zone-africa-algiers = Algiers
zone-africa-tunis = Tunis
zone-africa-dakar = Dakar
zone-africa-abidjan = Abidjan
zone-africa-cairo = Cairo
zone-australia-sydney = Sydney

# The MRE Services card.
card-title = “MRE Services” card
card-valid = Valid from { $from } to { $until }
card-check-at = Check at { $url }
card-check-scan = Scan the code to check it
doc-kind-mre-card = “MRE Services” card
err-card-reason = Choose the reason: lost or stolen (and, for the cell, withdrawn).
err-card-revoked-already = This card is revoked already.
cards-title = My “MRE Services” cards
cards-lead = Show your card at counters (its QR code, on screen or printed) for the priority lane and slots.
cards-none = You have no card yet.
cards-apply = Apply for the card
card-standing-valid = Valid card
card-standing-expired = Expired card
card-standing-revoked = Revoked card
card-revoked-on = Revoked on { $date }: { $reason }.
card-reason-lost = lost
card-reason-stolen = stolen
card-reason-withdrawn = withdrawn by the cell
card-reason-replaced = replaced by a new card
card-holder = Holder
card-number = Card number
card-initials = Holder's initials
card-valid-from = Valid from
card-valid-until = Valid until
card-issuer = Issued by
card-code = Verification code of the file
card-qr-alt = Your card's QR code
card-qr-hint = Show this code at the counter; it can be checked even offline.
card-download = Download the card (PDF)
card-lost-title = Card lost or stolen?
card-lost-reason = Reason
card-lost-confirm = I confirm: the card will be refused everywhere from now on.
card-lost-submit = Revoke the card
err-card-confirm = Tick the box to confirm the revocation.
card-check-title = Check an “MRE Services” card
card-check-lead = Type the card's number or the text of its QR code, send a photo of the code, or scan it with the camera.
card-check-input = Card number or text of the QR code
card-check-input-hint = For example MRE-26-ABCD2345.
card-check-photo = Or a photo of the QR code
card-check-photo-hint = PNG or JPEG, the code in focus.
card-check-camera = Scan with the camera
card-check-submit = Check
card-check-offline = Offline, a counter checks the QR code with “nafida verify”, the published keys (/verify/keys) and the signed list of revoked cards (/cards/revocations/al-hoceima-mre-cell.json).
card-withdraw-title = Withdraw this card (issuing cell)
card-withdraw-submit = Withdraw the card
card-refused-malformed = This is not an “MRE Services” card: the text or code read is not one.
card-refused-unknown-key = Refused: signed with a key the platform never published.
card-refused-tampered = Refused: the card was changed, its signature does not match.
card-refused-expired = Refused: the card expired on { $date }.
card-refused-not-yet = Refused: the card is valid only from { $date }.
card-refused-revoked = Refused: the card was revoked on { $date } ({ $reason }).
card-unknown = No card has this number.
err-card-photo = No readable QR code on this photo: take it again in focus, or type the number.
err-card-empty = Type the card's number, or send a photo of its QR code.
account-cards = My “MRE Services” cards

# The provincial cell.
follow-title = Cases the cell follows
follow-lead = The open requests of Moroccans abroad at the province's administrations; those escalated to the cell first. Each opening is written in the history the person sees.
follow-none = No case to follow for now.
follow-case = Request
cell-does-title = What the cell does
cell-does-receive = It receives and guides you all year, during your stay and from abroad.
cell-does-follow = It follows your cases with the province's administrations and asks them to act when they are late.
cell-does-card = It issues the “MRE Services” card (priority lane and slots).
cell-does-file = At its desk, an agent can file a request for you, with your consent.
cell-ask = Ask the cell for help
cell-book-hint = To come, book an appointment below; the address and hours are still to be confirmed with the province.
nav-cell = The cell for Moroccans abroad
nav-card-check = Check an MRE card
coordination-title = Coordination request from the cell
coordination-lead = Ask the administration handling this case to act, by a deadline; its answer is written in the history the person sees.
coordination-question = What the cell asks
coordination-days = Time to answer (working days, 1 to 30)
coordination-submit = Send the request
coordination-from = Request from { $org }
coordination-done = Done
coordination-scheduled = Scheduled (the answer says when)
coordination-not-possible = Not possible (the answer says why)
event-coordination-requested = The cell { $org } asked the administration to act
event-coordination-answered = Answer of { $who } to the cell
err-coordination-days = Give a time of 1 to { $count } working days.
err-coordination-closed = This case is closed: there is nothing left to coordinate.

# The reception desk.
reception-title = The cell's reception
reception-hall-link = Waiting-room display
reception-waiting = Waiting
reception-served = Served today
reception-absent = Absent when called
reception-average-wait = Average wait today
reception-issue = Give a ticket
reception-service = Service asked for
reception-card = “MRE Services” card (optional)
reception-card-hint = Its number: the holder of a valid card goes first.
reception-issue-submit = Print the ticket
reception-call = My counter
reception-counter = Counter name
reception-call-next = Call the next one
reception-mark-served = Served
reception-mark-absent = Absent
reception-queue = Queue
reception-nobody = Nobody is waiting.
reception-priority = Priority (MRE card)
reception-ticket-hint = Keep this ticket: your number will show on the hall's screen.
reception-service-information = Information and guidance
reception-service-cell-request = A problem with an administration
reception-service-mre-card = “MRE Services” card
reception-service-assisted-filing = File a request with an agent
hall-title = Cell for Moroccans abroad
hall-ticket = Ticket
hall-counter = Counter
hall-none = No ticket called yet
err-ticket-card-invalid = This card is not valid today (unknown, expired or revoked): the ticket cannot be a priority one.
err-ticket-counter = Give the counter's name (1 to 20 characters).
err-ticket-not-called = This ticket is not called: nothing changed.
reception-ahead = { $count ->
    [0] Nobody ahead of you
    [one] One person ahead of you
   *[other] { $count } people ahead of you
}
reception-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
hall-waiting = { $count ->
    [0] Nobody is waiting
    [one] 1 person waiting
   *[other] { $count } people waiting
}
hall-wait = Average wait: { $count } min
reception-called = Last called
reception-status-called = called
reception-status-served = served
reception-status-absent = absent
reception-status-waiting = waiting
lane-title = The fast lane in the province (last 12 months)
lane-fast = Requests decided in the fast lane
lane-other = Requests decided outside it
lane-share = Share of the fast lane
lane-fast-days = Average delay in the fast lane (days)
lane-other-days = Average delay outside it (days)

## Assisted filing at the provincial cell
assist-title = File for a visitor
assist-lead = File a request in any administration's procedure for a visitor who has no account, with their consent. They leave with a printed receipt and a code to claim the request into their own account later.
assist-choose = Choose the procedure
assist-unclaimed = Requests filed for visitors, not claimed yet
assist-unclaimed-none = Every request filed for a visitor has been claimed.
assist-visitor = The visitor
assist-visitor-hint = Their name as on their identity document, and where they live. Nothing else about them is kept outside the request.
assist-visitor-name = Full name
assist-visitor-country = Country of residence
assist-visitor-phone = Phone number
assist-visitor-email = E-mail address
assist-visitor-email-hint = If given, the claim code is also sent there.
assist-consent = Consent
assist-consent-statement = Read this to the visitor: “The provincial cell files this request for you and keeps your name and contact details with it, to follow it with the administration. You can claim it into your own account at any time, and ask for your data to be erased.”
assist-consent-signed = Signed the cell's consent form
assist-consent-in-person = Agreed in person before the agent
assist-consent-agrees = The visitor has heard this and agrees.
assist-claim-title = Follow this request from your own account
assist-claim-text = Create an account (or sign in) at { $url }, then enter the reference above and this code:
assist-claim-until = The code works until { $date }, once.
assist-claim-mailed = The code was also sent to the visitor's e-mail address.
assist-reprint = Print the receipt with a new code
assist-reprint-hint = The code is shown only when the receipt is printed; a new printing gives a new code and the earlier one stops working.
assist-track = Without an account, the request can be followed at { $url } with its reference.
assist-another = File another request
event-filed-for-visitor = Filed at the counter of { $org } for the applicant, with their consent
event-claimed = Claimed into the applicant's own account
err-visitor-name = Enter the visitor's full name (2 to 120 characters).
err-visitor-consent = Record how the visitor consented and tick that they agree: nothing is filed without their consent.
err-claim-unknown = This code does not match this reference, or it was already used or has expired. Ask the cell for a new printing.
err-claim-rate-limited = Too many attempts. Try again in an hour.
claim-title = Claim a request filed for me
claim-lead = A provincial cell filed a request for you at its counter: enter its reference and the code printed on your receipt to follow it from this account.
claim-reference = Reference of the request
claim-code = Claim code
claim-code-hint = Twelve letters and digits, as printed (for example ABCD-EFGH-JK23).
claim-submit = Claim
mail-claim-subject = Your request { $reference }: follow it from your account
mail-claim-body = { $cell } filed your request “{ $procedure }” under the reference { $reference }.

    To follow it from your own account, sign in (or create an account) and enter the reference and this code: { $code }

## The governor's figures
fig-title = The province's figures
fig-choose-month = Month
fig-show = Show
fig-download-pdf = Monthly report (sealed PDF)
fig-download-csv = Figures (CSV)
fig-pdf-hint = The PDF is sealed in the province's name as the figures stand when it is downloaded, and can be checked at /verify.
fig-month = The month
fig-late-hint = Late: decided after its legal deadline, counted on each administration's working days.
fig-by-org = By administration
fig-none = No request this month.
fig-seasons = Summer and the rest of the year
fig-seasons-lead = The average month of summer (June to September, when Moroccans abroad come home) against the average month of the rest of the year, over the last twelve months: the service must hold all year.
fig-per-month = An average month
fig-months = { $count ->
    [one] one month
   *[other] { $count } months
}
fig-col-filed = Filed
fig-col-decided = Decided
fig-col-on-time = Within the deadline
fig-col-late = Late
fig-col-overdue = Overdue now
fig-col-escalated = Escalated now
fig-col-summer = Summer
fig-col-rest = Rest of the year
fig-chart-monthly = Requests month by month
fig-chart-monthly-desc = Requests filed and decided each month of the last twelve, summer months shaded.
fig-chart-orgs = Decisions of the month by administration
fig-chart-orgs-desc = For each administration, the requests decided this month within their legal deadline and late.
fig-filed = Requests filed
fig-decided = Requests decided
fig-on-time = Decided within the deadline
fig-average-days = Average days to decide
fig-open = Open now
fig-overdue = Open past the deadline
fig-escalated = Escalated to supervisors
fig-escalated-cell = Escalated to the cell
fig-complaints = Complaints filed
fig-answered = Complaints answered
fig-visitors = Visitors received
fig-served = Visitors served
fig-absent = Visitors absent when called
fig-wait = Average wait (minutes)
fig-fast-share = Fast-lane share of requests
fig-fast-days = Days to decide: fast lane / other
fig-other-orgs = Other administrations
fig-report-title = Monthly report — { $month }
fig-as-of = Figures as of { $date }
err-figures-month = Choose one of the months offered: the figures of the last twelve months can be read.
doc-kind-monthly-report = Monthly report of the province
reception-file-for = File a request for this visitor

## The commission of a permit
commission-title = The commission's opinions
commission-lead = The file was sent to each body at once; each gives its opinion by its own date. A binding opinion must be given, and not unfavourable, before the permit can be decided.
commission-binding = Binding
commission-late = Late
commission-awaited = Awaited by { $date }
commission-question = The commission's opinion on this file: favourable, favourable with conditions (state them) or unfavourable (state the grounds).
err-commission-no-province = This administration belongs to no province: the commission's bodies cannot be found.
err-commission-body-missing = The province has no { $kind } to ask: the file cannot go before the commission.
err-binding-pending = A binding opinion is still awaited: { $org }.
err-binding-unfavourable = Unfavourable binding opinion: { $org }. The permit cannot be granted; refuse it with its grounds.
org-kind-urban-agency = urban agency
org-kind-civil-protection = civil protection
org-kind-urbanism-service = urbanism service
org-kind-commune = commune
org-kind-other = administration of that kind

## The permit document
doc-kind-permit = Urbanism permit
doc-field-owner = Owner
doc-field-land = Land title or plot
doc-field-commune = Commune
doc-field-floor-area = Covered area
doc-field-plans = Plans granted
doc-field-conditions = Conditions of the commission
doc-field-validity = Validity
doc-permit-no-conditions = None
doc-permit-validity = The works must begin by { $date } (law 12-90; to be confirmed)
doc-permit-president = The President of the Communal Council
permit-stats-title = How long permits take, commune by commune
permit-stats-lead = Every urbanism permit and licence decided on Nafida, by commune: from the day the file was complete (sent to the commission, or filed when there is none) to the decision, and how many were decided within their legal deadline. No name and no request appears.
permit-stats-decided = Decided
permit-stats-median = Half decided within (days)
permit-stats-p90 = 9 in 10 decided within (days)
permit-stats-on-time = Within the legal deadline
permit-stats-privacy = The figures are only counts and durations, with no personal data; a commune with fewer than 5 decisions is merged with the others or hidden.
stats-other-communes = Other communes
stats-all-communes = All communes
err-tax-area-missing = Enter the covered area in whole m²: the tax on construction operations is computed from it.
err-tax-rate-missing = This commune has no rate for the tax on construction operations yet: the urbanism service records it before the file goes to signature.

## Architects
architect-title = I am an architect
architect-lead = Building permits are filed by an architect registered with the National Order of Architects (law 12-90). Give your registration number: an urbanism agent checks it once on the Order's roll, then you can file for the owners who give you their mandate.
architect-checked = Your registration number { $number } was checked: you can file building permits.
architect-pending = Your number waits for an urbanism agent's check; you can still correct it.
architect-number = Registration number with the Order
architect-number-hint = As on your Order card (letters, digits, / or -).
architect-submit = Save my number
architects-title = Architects to check
architects-lead = Check each number on the National Order of Architects' roll; once checked, the architect can file building permits everywhere.
architects-none = No number waits for a check.
architects-name = Name
architects-declared = Declared
architects-check = On the roll: confirm
err-architect-number = Enter your registration number: 2 to 20 letters, digits, / or -.
err-architect-number-taken = This registration number is already declared by another account.
err-architect-checked = This registration number was checked already.
err-architect-required = This procedure is filed by an architect registered with the Order (law 12-90): declare and have your number checked under “I am an architect”, or ask your architect to file it.
mandates-title = Mandates to my architect
mandates-lead = Your architect files your building permit for you. Give them your mandate here, from wherever you live: no paper to legalise or send. Once they file, the request appears in your requests and you follow each opinion of the commission.
mandates-architect = Architect
mandates-procedure = Procedure
mandates-land = Land title or plot reference
mandates-given = Given
mandates-state = State
mandates-filed = Filed: { $reference }
mandates-revoked = Revoked
mandates-open = Not filed yet
mandates-revoke = Revoke
mandates-give = Give a mandate
mandates-number = Your architect's registration number with the Order
mandates-number-hint = Ask your architect: it is on their Order card. The architect must have had it checked on Nafida.
mandates-consent = By giving this mandate, you authorise this architect to file this procedure for this plot in your name; you can revoke it until it is filed.
mandates-submit = Give the mandate
mail-mandate-subject = { $owner } gave you a mandate
mail-mandate-body = { $owner } gave you, on Nafida, the mandate to file “{ $procedure }” for the plot { $land }.

    Choose this mandate in the form when you file.
start-mandate-online = The owner's mandate
start-mandate-online-hint = The owner gives you their mandate online, from their own account (“Mandates to my architect”); they then follow the request from their account.
start-mandate-none = No owner has given you a mandate for this procedure yet: ask the owner to give it from their account, under “Mandates to my architect”.
case-owner-mandate = Filed by the architect for { $owner }, under the mandate given online.
err-mandate-architect-unknown = No architect with this registration number has been checked on Nafida: check the number with your architect.
err-mandate-self = You cannot give a mandate to yourself.
err-mandate-procedure = Choose the procedure.
err-mandate-land = Enter the land title or the plot reference (2 to 120 characters).
err-mandate-used = This mandate was used for a request already, or revoked: it cannot be revoked now.
err-mandate-required = Choose the mandate the owner gave you for this procedure (not used yet).
plans-title = Plans
plans-plan = Plan
plans-version = Version
plans-file = File
plans-version-n = version { $count }
plans-superseded = replaced
plans-current = current
plans-correct = File a corrected plan
plans-correct-hint = Choose only the plans you correct: each becomes a new version, the earlier ones stay in the file. One PDF per plan, up to { $count } MB.
plans-correct-submit = File the corrected plans
plans-hint = One PDF per plan, signed, up to { $count } MB each; large plans are received as they upload.
event-plans-filed = { $count ->
    [one] A corrected plan was filed
   *[other] { $count } corrected plans were filed
}
err-plan-required = The plan “{ $plan }” is missing from the set this project needs.
err-plan-too-large = The plan “{ $plan }” is larger than { $limit } MB: reduce it (resolution, layers) and send it again.
err-plan-not-pdf = The plan “{ $plan }” is not a complete PDF file.
err-plan-one-file = Send the plan “{ $plan }” as one PDF file.
err-plan-none = Choose at least one corrected plan.
err-plans-closed = Plans can no longer be filed on this request: it has been decided.
opinion-files = The file's plans and documents
markups-title = Marked-up files
markups-label = Marked-up files:
markups-hint = Annotate the plans (what to move, what is not allowed) and file the marked-up PDF with your opinion: the applicant and the urbanism service see it beside it. Up to { $count } MB.
markup-file = Marked-up PDF
markups-submit = File the marked-up file
event-markup-filed = Marked-up file filed with the opinion — { $who }
meeting-title = Meeting of the commission
meeting-schedule = Schedule the commission's meeting
meeting-move = Move the commission's meeting
meeting-day-label = Day
meeting-time-label = Time (Morocco)
meeting-place-label = Place
meeting-submit = Save the meeting
event-meeting-scheduled = The commission will examine the file in its meeting of { $when }
err-meeting-day = Choose a day from tomorrow to six months ahead.
err-meeting-time = Enter the time as HH:MM.
err-meeting-place = Enter the place (2 to 200 characters).
err-meeting-not-now = The meeting is scheduled while the file is before the commission, for the projects that need one.
err-appointment-visit-not-now = The inspection visit is booked once the urbanism service has checked the file and asks for it.
err-visit-not-done = The inspection visit has not been done yet: record it at its appointment first.
architect-mandates = Mandates given to you
architect-mandates-owner = Owner
architect-mandates-file = File this request
event-request-listed = Documents asked for: { $documents }
event-request-unlisted = Also asked, outside the list: { $document } — because: { $reason }
case-withdraw-confirm = I confirm: withdraw my request (it will no longer be handled; this cannot be undone).
check-revoke-confirm = I confirm the revocation: the document will be shown revoked to everyone who checks it, for good.
err-withdraw-confirm = Tick the box to confirm the withdrawal.
err-revoke-confirm = Tick the box to confirm the revocation.
case-refused-title = Your request was refused
case-refused-grounds = The administration's grounds:
case-refused-appeal = You may appeal: how and until when
pay-declined = Your payment was declined: nothing was charged. Try again, with another card if need be, or pay at the counter.
next-pay = To do: pay, so that the office takes it up
next-book-visit = To do: book the inspection visit
next-rate = To do: rate the answer
dashboard-waiting = { $count ->
    [one] One request waits for you
   *[other] { $count } requests wait for you
}
dashboard-nothing-waiting = Nothing waits for you: the administrations are working on your requests.
staff-counts = Your administration's open requests
staff-count-open = { $count ->
    [one] One open request
   *[other] { $count } open requests
}
staff-count-mine = { $count ->
    [one] One assigned to you
   *[other] { $count } assigned to you
}
staff-count-overdue = { $count ->
    [one] One past its legal deadline
   *[other] { $count } past their legal deadline
}
staff-count-due-soon = { $count ->
    [one] One due within two days
   *[other] { $count } due within two days
}
staff-count-escalated = { $count ->
    [one] One escalated
   *[other] { $count } escalated
}
start-office-none = No office matches “{ $query }”: check the spelling (Arabic or Latin), or search by town.
start-office-none-all = See every office
event-viewed-times = { $count ->
    [one] File opened by { $who }
   *[other] File opened { $count } times by { $who }, less than half an hour apart
}
case-next-deadline = Next deadline:
case-next-deadline-answer = the answer to the request
case-next-deadline-opinion = the opinion of { $org }
case-actions = What you can do
case-actions-decide = Decide
case-actions-ask = Ask and write
case-actions-organise = Organise the work
start-from-profile = Taken from your profile; change it if the request is for someone else.
case-timeline-earlier = { $count ->
    [one] One earlier event — show
   *[other] { $count } earlier events — show
}
help-title = Help
help-lead = Answers to the questions people ask most. Each procedure also has its own on its page.
help-topics = Topics
help-more = Did not find the answer?
contact-title = Contact
contact-lead = Each question has the right person to answer it: the administration handling your request, your consulate, or the province's cell for Moroccans abroad.
contact-help = The questions asked most, and their answers.
contact-request = About a request you filed: write from its page; your message reaches the administration handling it.
contact-consulates = Your consulate's address, hours and phone.
contact-complaint = About a service that fell short: file a complaint, with or without an account.
contact-cells = The provincial cells for Moroccans abroad
contact-cells-lead = They receive you all year and follow your files across every administration.
contact-administrations = Each administration's contact page
contact-administrations-lead = What we know of it: where it is, what it handles, how to write to it through Nafida.
org-kind = Kind
org-town = Town
org-parent = Part of
org-post-page = The address, hours, phone and services are on the consular post's page:
org-post-page-link = the post's page
org-cell-page = What the cell does and how it receives you:
org-cell-page-link = the cell's page
org-no-address = This administration's address and phone are not in our data yet; write to it through Nafida as shown below.
org-write = Writing to it
org-write-request = About a request you filed: from the request's page.
org-write-complaint = For a complaint about it:
org-write-cell = To ask the provincial cell for help with a file it holds:
org-write-cell-link = ask for help
org-procedures = What it handles
org-children = Its services
procedure-questions = Questions and answers
procedure-questions-all = All questions
kind-commune-plural = Communes
kind-civil-status-office-plural = Civil-status offices
kind-urbanism-service-plural = Urbanism services
kind-consular-post-plural = Consular posts
kind-province-plural = Provinces
help-link-signup = Create an account
help-link-complaints-new = File a complaint
help-link-verify = Check a document
help-link-track = Track a request
help-link-password-forgot = Forgotten password
help-link-account-profile = My profile
help-link-cases = My requests
help-link-catalogue = Services
help-link-privacy = Personal data
help-link-consulates = Consulates
help-link-cell = The provincial cell
help-link-catalogue-cell-request = Ask the cell for help
help-link-account-mandates = My mandates
mediateur-export-pdf = Download the file to read (PDF)
mediateur-pdf-title = Complaint file for the Ombudsman (Médiateur du Royaume)
mediateur-pdf-exported = Exported on { $when }
mediateur-pdf-reference = Reference
mediateur-pdf-procedure = Procedure
mediateur-pdf-filed = Filed on
mediateur-pdf-answers = The request as filed
mediateur-pdf-rating = Rating of the answer
mediateur-pdf-files-note = The content of these files is in the JSON export that goes with this file.
mediateur-pdf-page = Page {"{"}n{"}"} of {"{"}total{"}"}
queue-by-status = Filter by status
account-no-requests = You have not filed any request yet.
account-requests = { $count ->
    [0] My requests
    [one] My requests (one request)
   *[other] My requests ({ $count } requests)
}
event-mediateur-export-times = { $count ->
    [one] Complete file exported for the Ombudsman
   *[other] Complete file exported for the Ombudsman ({ $count } times)
}
err-files-unavailable = Files cannot be stored right now. Nothing was recorded and what you typed is kept: choose the files again and send again in a few minutes.
