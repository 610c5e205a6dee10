site-name = Nafida
site-tagline = Le guichet unique des Marocains du monde
skip-to-content = Aller au contenu
nav-home = Accueil
nav-administrations = Administrations
language-switcher = Langue
footer-text = Nafida — un service public de la province d’Al Hoceima.

home-title = Une seule fenêtre pour toutes vos démarches
home-lead = Où que vous viviez, faites vos démarches auprès des administrations marocaines en ligne, suivez-les au même endroit et soyez reçu en priorité lors de votre visite.
home-services-title = Les services réunis ici
home-service-documents = Actes d’état civil : extraits et copies intégrales, livrés en ligne, par la poste ou au consulat.
home-service-civil-status = État civil : déclarations, transcriptions des actes établis à l’étranger, corrections.
home-service-complaints = Réclamations, observations et suggestions, avec un accusé de réception immédiat.
home-service-permits = Autorisations d’urbanisme et licences d’activité, déposées par votre architecte.
home-service-passport = Passeport : pré-demande, rendez-vous biométrique et suivi.
home-service-consular = Services consulaires : immatriculation, rendez-vous, certificats.
home-service-card = Carte « Services MRE » pour les files prioritaires.
home-service-cell = Cellule provinciale permanente, qui suit votre dossier toute l’année.
home-map-title = Les administrations reliées
home-map-lead = { $count ->
    [one] { $count } administration travaille dans Nafida, de la commune au consulat.
   *[other] { $count } administrations travaillent dans Nafida, de la commune au consulat.
}
home-map-link = Voir la carte des administrations

orgs-title = Les administrations
orgs-lead = Chaque administration a sa place dans un arbre : l’État, la province et ses communes, et les postes consulaires. Les demandes sont orientées et suivies selon cet arbre.
orgs-empty = Aucune administration n’est encore chargée.
level-national = National
level-province = Province
level-commune = Commune
kind-state = État
kind-ministry = Ministère
kind-province = Province
kind-governor-office = Cabinet du gouverneur
kind-mre-cell = Cellule MRE
kind-commune = Commune
kind-civil-status-office = Bureau d’état civil
kind-urbanism-service = Service de l’urbanisme
kind-urban-agency = Agence urbaine
kind-civil-protection = Protection civile
kind-passport-service = Service des passeports
kind-consular-post = Poste consulaire

error-title = Une erreur est survenue
error-not-found-title = Page introuvable
error-not-found-text = L’adresse demandée n’existe pas. Vérifiez-la ou revenez à l’accueil.
error-internal-text = Le service n’a pas pu traiter votre demande. Réessayez dans un instant ; si le problème continue, donnez ce code au support :
error-back-home = Revenir à l’accueil

nav-main = Navigation principale
nav-staff = Espace agents
nav-admin-staff = Gérer les agents
nav-account = Mon compte
nav-signout = Se déconnecter
nav-signin = Se connecter
nav-signup = Créer un compte
nav-privacy = Données personnelles
home-account-title = Votre compte
home-account-text = Un seul compte pour toutes les administrations : créez-le avec votre adresse e-mail, puis complétez votre profil une fois pour toutes.

form-error-summary = Il y a un problème
field-email = Adresse e-mail
field-password = Mot de passe
field-password-hint = Au moins 12 caractères. Une phrase que vous retenez facilement convient très bien.
field-new-password = Nouveau mot de passe
field-current-password = Mot de passe actuel
field-new-email = Nouvelle adresse e-mail
field-totp-code = Code à 6 chiffres
field-totp-hint = Le code affiché par votre application d’authentification, ou un code de secours.
field-name = Nom
field-name-ar = Nom et prénom en arabe
field-name-ar-hint = Tels qu’ils figurent sur votre acte de naissance, en écriture arabe.
field-name-latin = Nom et prénom en caractères latins
field-name-latin-hint = Tels qu’ils figurent sur votre passeport.
field-birth-date = Date de naissance
field-birth-place = Lieu de naissance
field-sex = Sexe
field-idcs = Identifiant civil et social (IDCS)
field-idcs-hint = 10 chiffres, s’il vous a été attribué.
field-cnie = Numéro de la carte nationale (CNIE)
field-cnie-hint = Il est conservé masqué : seuls ses trois derniers caractères restent lisibles.
field-cnie-stored = Numéro enregistré : { $masked }. Saisissez-le à nouveau seulement pour le remplacer.
field-residence-country = Pays de résidence
field-residence-city = Ville de résidence
field-consular-post = Poste consulaire de rattachement
field-consular-number = Numéro d’immatriculation consulaire
field-phone = Téléphone
field-phone-hint = Avec l’indicatif du pays, par exemple +32 470 12 34 56.
field-lang = Langue préférée
field-channels = Comment souhaitez-vous être prévenu ?
sex-female = Féminin
sex-male = Masculin
channel-email = Par e-mail
channel-sms = Par SMS

signup-title = Créer un compte
signup-lead = Avec un compte, vous suivez toutes vos demandes au même endroit, où que vous viviez.
signup-submit = Créer mon compte
signup-have-account = Vous avez déjà un compte ?
signup-done-title = Consultez votre boîte e-mail
signup-done-text = Si cette adresse peut être utilisée, nous venons d’y envoyer un lien. Ouvrez-le pour confirmer votre adresse ; il est valable 48 heures.
resend-done-text = Si un compte non confirmé utilise cette adresse, nous venons d’y envoyer un nouveau lien, valable 48 heures.
verify-title = Confirmer votre adresse e-mail
verify-lead = Cliquez sur le bouton pour confirmer que cette adresse est bien la vôtre.
verify-submit = Confirmer mon adresse
verify-resend = Recevoir un nouveau lien de confirmation
verify-done-title = Adresse confirmée
verify-done-text = Votre adresse e-mail est confirmée. Vous pouvez maintenant vous connecter.
link-expired-title = Ce lien a expiré
link-expired-text = Pour votre sécurité, les liens envoyés par e-mail ne servent qu’un temps. Demandez-en un nouveau.
link-used-title = Ce lien a déjà servi
link-used-text = Chaque lien ne sert qu’une fois. Si c’est vous qui l’avez utilisé, connectez-vous.
link-unknown-title = Lien non valable
link-unknown-text = Ce lien n’est pas reconnu. Vérifiez que vous l’avez copié en entier.

signin-title = Se connecter
signin-submit = Se connecter
signin-forgot = Mot de passe oublié ?
totp-title = Vérification en deux étapes
totp-lead = Saisissez le code affiché par votre application d’authentification.
totp-submit = Vérifier
enrol-title = Activer la vérification en deux étapes
enrol-lead = Les comptes des agents sont protégés par un code à usage unique, en plus du mot de passe.
enrol-step-scan = Scannez ce code QR avec une application d’authentification (FreeOTP, Aegis, Google Authenticator…).
enrol-qr-alt = Code QR à scanner avec votre application d’authentification
enrol-step-manual = Ou saisissez cette clé dans l’application :
enrol-step-code = Puis saisissez le code à 6 chiffres qu’elle affiche.
enrol-submit = Activer
recovery-title = Vos codes de secours
recovery-lead = Gardez ces codes en lieu sûr. Chacun permet une connexion si vous perdez votre téléphone. Ils ne seront plus affichés.
recovery-continue = J’ai noté mes codes, continuer
forgot-title = Mot de passe oublié
forgot-lead = Indiquez l’adresse de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = Envoyer le lien
forgot-done-title = Consultez votre boîte e-mail
forgot-done-text = Si un compte utilise cette adresse, nous venons d’y envoyer un lien valable une heure.
reset-title = Choisir un nouveau mot de passe
reset-submit = Enregistrer le mot de passe
reset-done-title = Mot de passe enregistré
reset-done-text = Votre mot de passe est enregistré et vos autres sessions sont fermées. Vous pouvez vous connecter.

account-title = Mon compte
account-role = Rôle
account-org = Administration
account-sessions = Sessions ouvertes
account-sessions-count = { $count ->
    [one] { $count } session ouverte
   *[other] { $count } sessions ouvertes
}
role-citizen = Usager
role-agent = Agent
role-supervisor = Superviseur
role-admin = Administrateur
profile-title = Mon profil
profile-lead = Ces informations remplissent vos demandes à votre place. Vous pouvez les corriger à tout moment.
profile-saved = Votre profil est enregistré.
profile-identity = Identité
profile-residence = Résidence
profile-contact = Contact et préférences
profile-submit = Enregistrer
security-title = Sécurité du compte
security-password = Changer de mot de passe
security-password-submit = Changer le mot de passe
security-password-changed = Votre mot de passe est changé. Vos autres sessions sont fermées.
security-email = Changer d’adresse e-mail
security-email-submit = Envoyer le lien de confirmation
security-email-sent = Si la nouvelle adresse peut être utilisée, un lien de confirmation vient d’y être envoyé. Le changement se fera quand vous l’ouvrirez.
security-sessions = Se déconnecter partout
security-sessions-lead = Ferme toutes vos sessions, sur tous vos appareils, y compris celui-ci.
security-sessions-submit = Se déconnecter partout
apps-title = Applications et jetons d’accès
family-title = Livret de famille
family-lead = Les actes du registre de l’état civil qui concernent votre famille, à mesure que transcriptions et déclarations les y inscrivent, avec leurs mentions marginales.
family-empty = Aucun acte pour l’instant : la transcription d’une naissance ou d’un mariage à l’étranger l’ajoute ici dès que le consulat l’inscrit au registre.
family-spouse = Conjoint
act-kind-birth = Naissance
act-kind-marriage = Mariage
act-kind-divorce = Divorce
act-kind-death = Décès
margin-marriage = Mariage
margin-divorce = Divorce
margin-death = Décès
margin-correction = Rectification
apps-lead = Une application de confiance (sur votre téléphone, ou l’aide d’un proche) peut suivre et déposer vos propres demandes par l’API de Nafida avec un jeton d’accès. Un jeton n’atteint que vos demandes, jamais votre mot de passe ni votre profil ; il expire au bout de 90 jours et prend fin quand vous changez de mot de passe ou vous déconnectez partout.
apps-created = Voici votre nouveau jeton. Copiez-le maintenant dans l’application : il ne sera plus affiché.
apps-none = Vous n’avez aucun jeton d’accès.
apps-name = Nom
apps-name-hint = Pour le reconnaître plus tard, par exemple « mon téléphone ».
apps-created-at = Créé le
apps-expires-at = Expire le
apps-last-used = Dernier usage
apps-revoke = Révoquer
apps-new = Nouveau jeton
apps-create = Créer un jeton
err-token-name = Donnez au jeton un nom de 60 caractères au plus.
err-token-too-many = { $count ->
    [one] Vous ne pouvez détenir qu’un jeton ; révoquez-le d’abord.
   *[other] Vous pouvez détenir { $count } jetons au plus ; révoquez-en un d’abord.
}
email-changed-title = Adresse e-mail changée
email-changed-text = Votre nouvelle adresse est confirmée. Utilisez-la désormais pour vous connecter.

staff-title = Espace agents
staff-below = Administrations que vous supervisez
staff-members = Agents
staff-members-none = Aucun agent n’est rattaché à cette administration.
admin-staff-title = Gérer les agents
admin-invite = Inviter un agent
admin-invite-lead = La personne invitée reçoit un lien pour choisir son mot de passe, puis active la vérification en deux étapes.
admin-invite-submit = Envoyer l’invitation
admin-invited = L’invitation est envoyée.
admin-status = État
admin-actions = Actions
admin-disabled = Désactivé
admin-active = Actif
admin-no-totp = Deux étapes non activées
admin-enable = Réactiver
admin-disable = Désactiver

privacy-title = Vos données personnelles
privacy-lead = Nafida traite vos données dans le respect de la loi n° 09-08 relative à la protection des personnes physiques à l’égard du traitement des données à caractère personnel, sous le contrôle de la CNDP.
privacy-controller-title = Responsable du traitement
privacy-controller-text = La province d’Al Hoceima (cabinet du gouverneur), pour le compte des administrations reliées à Nafida. Chaque administration ne voit que les dossiers qui la concernent.
privacy-purposes-title = Finalités
privacy-purposes-text = Vos données servent uniquement à traiter vos demandes, à vous informer de leur avancement, à vérifier votre identité et à produire des statistiques anonymes sur la qualité du service. Elles ne sont ni vendues ni utilisées à des fins commerciales.
privacy-data-title = Données traitées
privacy-data-text = Votre adresse e-mail, votre profil (noms, naissance, résidence, contacts) et les pièces de vos demandes. Le numéro de votre carte nationale n’est jamais conservé en clair : seuls ses trois derniers caractères et une empreinte chiffrée le sont. Chaque consultation de votre dossier par un agent est enregistrée, et vous pouvez voir qui l’a consulté et pourquoi.
privacy-retention-title = Durée de conservation
privacy-retention-text = Les données d’un compte sont conservées tant qu’il est actif, puis supprimées deux ans après la dernière connexion. Les dossiers sont conservés pendant la durée fixée par les règles d’archivage de chaque procédure. Les e-mails envoyés sont effacés après 90 jours.
privacy-rights-title = Vos droits
privacy-rights-text = Vous pouvez accéder à vos données, les faire rectifier et vous opposer à leur traitement pour un motif légitime (articles 7, 8 et 9 de la loi 09-08). Vous pouvez aussi saisir la CNDP.
privacy-contact-title = Contact
privacy-contact-text = Pour exercer vos droits, écrivez à la cellule provinciale permanente des Marocains du monde, province d’Al Hoceima, ou adressez-vous à votre consulat.

demo-mail-title = Courrier envoyé (démonstration)
demo-mail-lead = Cette page n’existe qu’en mode démonstration : elle montre les e-mails que la plateforme a envoyés, pour suivre les liens sans serveur de messagerie.
demo-mail-empty = Aucun e-mail n’a encore été envoyé.
demo-mail-to = Destinataire
demo-mail-subject = Objet
demo-mail-back = Retour au courrier

error-forbidden-title = Accès refusé
error-forbidden-text = Votre compte ne permet pas d’ouvrir cette page.
error-csrf-title = Le formulaire a expiré
error-csrf-text = Pour votre sécurité, ce formulaire n’a pas été accepté. Revenez à la page précédente, rechargez-la et envoyez-le à nouveau.
error-too-large-title = Fichier ou formulaire trop volumineux
error-too-large-text = Ce que vous avez envoyé dépasse la taille acceptée. Réduisez la taille des fichiers joints puis réessayez.
error-rate-limited-title = Trop de tentatives
error-rate-limited-text = Veuillez patienter quelques minutes avant de réessayer.

err-email-invalid = Saisissez une adresse e-mail valable, par exemple nom@exemple.com.
err-password-too-short = Le mot de passe doit comporter au moins 12 caractères.
err-password-too-long = Le mot de passe doit comporter au plus 128 caractères.
err-password-common = Ce mot de passe est trop courant ou trop facile à deviner. Choisissez-en un autre.
err-name-not-arabic = Écrivez ce nom en lettres arabes.
err-name-not-latin = Écrivez ce nom en lettres latines.
err-date-invalid = Saisissez une date réelle, par exemple 1985-03-21.
err-date-birth-out-of-range = La date de naissance doit être passée et postérieure à 1900.
err-sex-invalid = Choisissez une valeur dans la liste.
err-country-unknown = Choisissez un pays dans la liste.
err-phone-invalid = Saisissez un numéro avec l’indicatif du pays, par exemple +32 470 12 34 56.
err-idcs-invalid = L’identifiant civil et social comporte exactement 10 chiffres.
err-cnie-invalid = Le numéro de la CNIE commence par une ou deux lettres suivies de chiffres, par exemple R123456.
err-consular-number-invalid = Le numéro d’immatriculation comporte au plus 20 lettres ou chiffres.
err-place-invalid = Saisissez un nom de lieu (80 caractères au plus).
err-org-invalid-id = Identifiant d’administration non valable.
err-role-unknown = Rôle inconnu.
err-orgmap-invalid = Carte des administrations non valable.
err-case-ref-invalid = Référence de dossier non valable : vérifiez-la (par exemple AH-26-7K3M9QX4).
err-etimbre-invalid = Le code du timbre électronique comporte 16 chiffres.
err-act-kind-invalid = Choisissez naissance, mariage, divorce ou décès.
err-act-number-invalid = Le numéro d’acte compte de 1 à 6 chiffres, par exemple 1234.
err-act-year-invalid = L’année du registre compte 4 chiffres, de 1900 à cette année.
err-name-not-tifinagh = Écrivez ce nom en caractères tifinagh.
err-verification-code-invalid = Un code de vérification compte 10 lettres et chiffres, tel qu’imprimé sous le code QR (par exemple 7K3M9-QX4PA).
err-date-within-days = { $count ->
    [one] La date doit être celle d’aujourd’hui ou d’hier.
   *[other] La date doit se situer dans les { $count } derniers jours : au-delà, la déclaration se fait au bureau sur jugement.
}
err-rate-limited = Trop de tentatives. Patientez quelques minutes avant de réessayer.
err-signin-failed = Adresse e-mail ou mot de passe incorrect.
err-signin-unverified = Confirmez d’abord votre adresse e-mail avec le lien que nous vous avons envoyé.
err-totp-wrong = Ce code n’est pas valable. Saisissez le code affiché en ce moment, ou un code de secours.
err-consular-post-unknown = Choisissez un poste consulaire dans la liste.
err-phone-needed-for-sms = Indiquez un numéro de téléphone pour être prévenu par SMS.
err-current-password-wrong = Le mot de passe actuel n’est pas correct.
err-name-required = Saisissez un nom (80 caractères au plus).
err-role-required = Choisissez un rôle.
err-org-out-of-scope = Choisissez une administration dans la liste.
err-email-taken = Un compte utilise déjà cette adresse.

mail-footer = Nafida — guichet unique des Marocains du monde. Vous recevez ce message parce qu’une action a été faite avec votre adresse.
mail-verify-subject = Confirmez votre adresse e-mail
mail-verify-body = Bienvenue sur Nafida.

    Pour activer votre compte, confirmez votre adresse e-mail. Le lien est valable 48 heures. Si vous n’avez pas créé de compte, ignorez ce message.
mail-verify-action = Confirmer mon adresse
mail-already-subject = Tentative de création de compte
mail-already-body = Quelqu’un a voulu créer un compte Nafida avec votre adresse, qui en a déjà un.

    Si c’était vous, connectez-vous, ou demandez un nouveau mot de passe si vous l’avez oublié. Sinon, ignorez ce message.
mail-already-action = Se connecter
mail-reset-subject = Choisir un nouveau mot de passe
mail-reset-body = Vous avez demandé à changer le mot de passe de votre compte Nafida. Le lien est valable une heure. Si vous n’avez rien demandé, ignorez ce message : votre mot de passe ne change pas.
mail-reset-action = Choisir un nouveau mot de passe
mail-email-change-subject = Confirmez votre nouvelle adresse e-mail
mail-email-change-body = Vous avez demandé à utiliser cette adresse pour votre compte Nafida. Le lien est valable 24 heures.
mail-email-change-action = Confirmer la nouvelle adresse
mail-invite-subject = Votre compte agent sur Nafida
mail-invite-body = Un administrateur vous a créé un compte d’agent sur Nafida. Choisissez votre mot de passe avec le lien ci-dessous (valable 7 jours), puis activez la vérification en deux étapes.
mail-invite-action = Choisir mon mot de passe
anonymous-lead = Vous pouvez déposer une réclamation sans compte : indiquez votre adresse électronique ; nous vous envoyons un lien pour la confirmer, et la réclamation est enregistrée quand vous l’ouvrez.
anonymous-email-hint = Le récépissé et la réponse sont envoyés à cette adresse.
anonymous-check-title = Confirmez votre adresse
anonymous-check-text = Nous vous avons envoyé un lien (valable 48 heures). Votre réclamation est enregistrée dès que vous l’ouvrez ; rien n’est enregistré avant.
anonymous-confirm-title = Enregistrer votre réclamation
anonymous-confirm-lead = Confirmez votre adresse pour enregistrer la réclamation déposée.
anonymous-confirm-submit = Enregistrer ma réclamation
anonymous-registered-title = Votre réclamation est enregistrée
anonymous-registered-text = Le récépissé vous a été envoyé par courrier électronique. Pour suivre votre réclamation, noter la réponse ou la rouvrir, connectez-vous ; si vous n’avez pas encore de mot de passe, choisissez-en un avec le lien ci-dessous.
anonymous-registered-password = Choisir un mot de passe
anonymous-link-used-title = Ce lien ne fonctionne plus
anonymous-link-used-text = Il a déjà servi, ou il date de plus de 48 heures.
anonymous-again = Déposer une réclamation
err-own-case-signin = Connectez-vous pour lier une de vos demandes.
mail-confirm-filing-subject = Confirmez votre réclamation sur Nafida
mail-confirm-filing-body = Quelqu’un — sans doute vous — a déposé une réclamation sur Nafida avec cette adresse. Ouvrez le lien ci-dessous pour l’enregistrer (valable 48 heures). Si ce n’est pas vous, ne faites rien : rien n’est enregistré.
mail-confirm-filing-action = Enregistrer ma réclamation
nav-complaint-new = Déposer une réclamation sans compte

nav-catalogue = Démarches
home-catalogue-link = Voir toutes les démarches
catalogue-title = Les démarches
catalogue-lead = Le catalogue officiel : pour chaque démarche, les pièces qu’une administration peut vous demander — et aucune autre —, le coût, le délai légal et où s’adresser.
catalogue-search-label = Rechercher une démarche
catalogue-search-submit = Rechercher
catalogue-filters = Filtres
catalogue-themes = Thèmes
catalogue-all-themes = Tous les thèmes
catalogue-by-administration = Par administration
catalogue-all-administrations = Toutes les administrations
catalogue-results = { $count ->
    [0] Aucune démarche
    [one] { $count } démarche
   *[other] { $count } démarches
}
catalogue-none = Aucune démarche ne correspond. Essayez un autre mot ou retirez un filtre.
catalogue-back = ← Toutes les démarches
theme-civil-status = État civil
theme-identity-travel = Identité et voyage
theme-consular = Services consulaires
theme-urbanism = Urbanisme et activités
theme-complaints = Réclamations
theme-mre-services = Services aux Marocains du monde
applicant-self = vous-même
applicant-minor-child = votre enfant mineur
applicant-family = un membre de votre famille
applicant-representative = un mandataire
applicant-architect = un architecte mandaté
procedure-who = Qui peut la demander
procedure-responsible = Administration compétente
procedure-fee = Coût
procedure-fee-free = Gratuit
procedure-fee-amount = { $count } DH
procedure-delay = Délai légal de décision
delay-working = { $count ->
    [one] { $count } jour ouvré
   *[other] { $count } jours ouvrés
}
delay-calendar = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
procedure-extendable = Prolongeable une fois de { $count } jours, avec un motif.
procedure-silence-tacit = Si l’administration ne décide pas dans le délai, la demande est acceptée tacitement (loi 55-19) et le gouverneur délivre un certificat de silence de l’administration.
procedure-documents = Pièces à fournir
procedure-documents-binding = Cette liste est opposable : l’administration ne peut pas vous demander d’autre pièce, ni une pièce qu’elle détient déjà (loi 55-19).
procedure-documents-none = Aucune pièce à fournir.
procedure-document-optional = si elle vous concerne
procedure-entitlement = Qui peut obtenir le document
procedure-entitlement-intro = Ce document n’est délivré qu’aux personnes suivantes, après vérification de leur qualité. Joignez la preuve demandée pour la vôtre.
procedure-entitlement-relation = Vous êtes, pour le titulaire
procedure-entitlement-proof = Preuve demandée
procedure-entitlement-identity = Seule votre identité est vérifiée
procedure-entitlement-source = Base : { $source }.
procedure-entitlement-to-confirm = Lecture stricte du texte, à confirmer.
procedure-where = Où s’adresser
procedure-version = Version { $version } de cette démarche.

nav-cases = Mes demandes
nav-queue = File des dossiers
procedure-start = Commencer la démarche
procedure-start-signin = Connectez-vous pour commencer cette démarche.
start-back = ← Retour à la fiche de la démarche
start-lead = L’administration doit décider dans un délai de { $delay }. Vous recevrez un récépissé dès l’envoi.
start-office-search = Trouver le bureau
start-office-search-hint = Sa ville en arabe ou en lettres latines, quelle que soit l’orthographe (Al Hoceima, Alhoceima, الحسيمة…).
start-office-search-submit = Chercher
start-admin-search = Trouver l’administration concernée
start-admin-search-hint = Son nom ou sa ville, en arabe, en français ou en anglais, quelle que soit l’orthographe (consulat Bruxelles, Imzouren, إمزورن…).
form-optional = (facultatif)
form-only-if = Seulement si vous avez choisi : { $choice }
start-files-hint = Fichiers PDF, JPEG ou PNG, 5 Mo au plus chacun.
start-representation = Démarche pour une autre personne
start-representation-optional = Si vous agissez comme mandataire d’une autre personne, indiquez son nom et joignez votre mandat. Laissez vide si la démarche est pour vous.
start-representation-required = Cette démarche est déposée par un mandataire : indiquez le nom de la personne que vous représentez et joignez votre mandat.
start-represented-name = Nom complet de la personne représentée
start-mandate = Mandat (procuration)
start-mandate-hint = Le mandat signé, signature légalisée. PDF, JPEG ou PNG, 5 Mo au plus.
err-represented-required = Indiquez le nom de la personne que vous représentez.
err-represented-name = Le nom doit compter de 2 à 120 caractères.
case-represented = Déposée pour { $name } par vous, en tant que mandataire.
case-represented-staff = Déposée pour { $name } par un mandataire (le titulaire du compte) ; vérifiez le mandat joint.
start-submit = Envoyer ma demande
form-files-again = Pour votre sécurité, les fichiers ne sont pas conservés quand le formulaire contient une erreur : joignez-les à nouveau.
err-field-required = Remplissez « { $field } ».
err-text-too-long = { $count } caractères au plus.
err-number-invalid = Saisissez un nombre entier valable.
err-choice-invalid = Choisissez une valeur dans la liste.
err-file-too-large = « { $document } » dépasse 5 Mo.
err-document-required = Joignez « { $document } ».
err-proof-required = Joignez « { $document } » : c’est la preuve de votre lien avec le titulaire de l’acte.
err-file-unreadable = « { $document } » est illisible : le fichier est incomplet ou abîmé. Envoyez une copie complète et lisible (PDF, JPEG ou PNG).
err-too-many-files = { $count ->
    [one] Un seul fichier pour « { $document } ».
   *[other] { $count } fichiers au plus pour « { $document } ».
}
start-max-files = { $count ->
    [one] Un fichier.
   *[other] Jusqu’à { $count } fichiers.
}
err-file-type = « { $document } » doit être un PDF, un JPEG ou un PNG.
err-message-length = Écrivez un message de 1 à { $count } caractères.
err-motivation-required = Une décision défavorable doit être motivée (10 caractères au moins).
err-request-empty = Choisissez au moins une pièce de la liste, ou décrivez une autre pièce avec son motif.
err-unlisted-needs-reason = Une pièce hors de la liste exige un motif écrit, que l’usager verra et pourra contester.
err-case-changed = Le dossier a changé entre-temps ; voici son état actuel.
receipt-title = Récépissé de dépôt
receipt-reference = Votre demande est enregistrée sous la référence :
receipt-procedure = Démarche
receipt-administration = Administration
receipt-filed = Déposée le
receipt-due = Date limite de décision
receipt-after-payment = Le délai de l’administration court à partir du paiement : cette date recule d’autant de jours que la demande attend d’être payée.
receipt-next-title = Et maintenant ?
receipt-next-text = L’administration examine votre demande. Si une pièce de la liste manque, elle vous la demandera ici et le délai sera suspendu jusqu’à votre réponse. Vous êtes prévenu à chaque étape.
receipt-legal = Ce récépissé est délivré en application de la loi n° 55-19 ; il fait foi de la date de dépôt.
receipt-follow = Suivre ma demande
receipt-print = Pour l’imprimer, utilisez la fonction d’impression de votre navigateur.
receipt-pdf = Télécharger le récépissé (PDF)
check-title = Vérifier un document
check-lead = Chacun peut vérifier un document délivré par Nafida : saisissez le code imprimé sous son code QR, ou donnez le fichier PDF. Aucun compte n’est nécessaire.
check-code = Code de vérification
check-code-hint = 10 lettres et chiffres, par exemple 7K3M9-QX4PA.
check-submit = Vérifier
check-file-title = Vérifier un fichier PDF
check-file-lead = Le sceau du fichier est vérifié octet par octet : un document modifié de quelque façon que ce soit échoue.
check-file = Le fichier PDF
check-file-submit = Vérifier le fichier
check-file-authentic = Le fichier donné est authentique : c’est exactement celui que l’administration a délivré.
check-file-tampered = Ce fichier a été modifié après sa délivrance : il n’est pas authentique.
check-file-unknown-key = Ce fichier a été scellé avec une clé que Nafida n’a jamais publiée : il n’est pas authentique.
check-file-not-sealed = Ce fichier n’est pas un document délivré par Nafida, ou il est incomplet.
check-keys = Les clés publiques qui scellent les documents :
check-valid = Document valide
check-revoked = Document révoqué
check-expired = Document expiré
check-unknown = Aucun document ne porte ce code
check-unknown-text = Vérifiez le code sur le papier. Un document sans code valide ne doit pas être accepté.
check-revoked-reason = Motif :
check-compare = À comparer avec le papier
check-privacy = Seul ce qui sert à la comparaison avec le papier est affiché.
check-revoke-title = Révoquer ce document
check-revoke-reason = Motif de la révocation (affiché sur cette page)
check-revoke = Révoquer
doc-kind-birth-extract = Extrait d’acte de naissance
doc-kind-birth-full-copy = Copie intégrale d’acte de naissance
doc-kind-receipt = Récépissé de dépôt
doc-kind-silence-certificate = Certificat de silence de l’administration
doc-kind-payment-receipt = Reçu de paiement
doc-field-receipt-number = Numéro de quittance
doc-field-paid-on = Payé le
doc-field-name-ar = Nom (arabe)
doc-field-name-latin = Nom (lettres latines)
doc-field-name-tifinagh = Nom (tifinagh)
doc-field-event-date = Date
doc-field-place = Lieu
doc-field-act = Acte
doc-field-reference = Demande
doc-field-copies = Exemplaires
doc-field-issued-on = Délivré le
doc-state = Royaume du Maroc
doc-field-sex = Sexe
doc-field-father = Père
doc-field-mother = Mère
doc-field-margin = Mentions marginales
doc-sex-F = Féminin
doc-sex-M = Masculin
doc-margin-none = Néant
doc-act-value = N° { $number } de { $year }
doc-issued-line = Délivré électroniquement le { $date } par { $office } pour la demande { $reference }.
doc-sealed-line = Approuvé par { $officer } ; scellé au nom de { $office } avec sa clé { $key }.
doc-officer-partner = le système partenaire du bureau
doc-officer-platform = la plateforme, pour le titulaire dont l’identité a été vérifiée
doc-officer-system = la plateforme
err-act-not-in-register = Aucun acte du registre ne correspond à cette demande (bureau, nom, date de naissance, numéro d’acte) : demandez une correction à la personne, ou refusez en motivant.
err-own-case = Choisissez une de vos propres demandes.
case-complaints = Réclamations sur cette demande
answer-title = La réponse de l’administration
rating-title = Que pensez-vous de la réponse ?
stats-title = Comment les administrations répondent aux réclamations
stats-lead = Toutes les réclamations déposées sur Nafida, comptées par administration concernée et par mois : combien ont reçu une réponse, combien dans le délai légal (60 jours), en combien de temps, et la satisfaction des personnes. Aucun nom ni aucune demande n’apparaît.
stats-chart-title = Réclamations reçues et répondues dans le délai, par mois
stats-chart-caption = Gris : reçues. Vert : répondues dans le délai.
stats-all = Toutes les administrations
stats-by-org = Par administration
stats-by-month = Par mois de dépôt
stats-received = Reçues
stats-answered = Répondues
stats-on-time = Dans le délai
stats-average = Délai moyen de réponse (jours)
stats-p90 = 9 sur 10 répondues en (jours)
stats-satisfaction = Satisfaction (notes)
stats-csv = Télécharger en CSV
stats-privacy = Les chiffres ne sont que des nombres et des durées, sans aucune donnée personnelle ; un groupe de moins de 5 réclamations est fusionné avec d’autres ou masqué.
nav-statistics = Statistiques
rating-stars = Votre note
rating-given = { $count ->
    [one] { $count } étoile sur 5
   *[other] { $count } étoiles sur 5
}
rating-comment = Un commentaire (facultatif)
rating-submit = Noter la réponse
err-rating = Choisissez de 1 à 5 étoiles ; un commentaire compte 1 000 caractères au plus.
reopen-title = Pas satisfait ?
reopen-until = Vous pouvez rouvrir cette réclamation jusqu’au { $date }.
reopen-reason = Pourquoi vous la rouvrez
reopen-submit = Rouvrir la réclamation
mediateur-title = Saisir le Médiateur
mediateur-lead = Si la réponse ne règle pas l’affaire, vous pouvez saisir le Médiateur du Royaume. Téléchargez le dossier complet — votre réclamation, tout son historique, la réponse et vos pièces — et joignez-le à votre saisine.
mediateur-export = Télécharger le dossier complet
event-mediateur-export = Dossier complet exporté pour le Médiateur
err-reopen-period = Le délai pour rouvrir cette réclamation est passé.
err-reopen-reason = Dites pourquoi vous la rouvrez (10 à 2 000 caractères).
case-unlisted-complain-lead = L’administration vous a demandé une pièce qui ne figure pas dans la liste de la démarche.
case-unlisted-complain = Le signaler par une réclamation (loi 55-19)
err-act-data-invalid = Il manque à la demande ce que le registre exige (noms, date, lieu) : demandez-le à la personne.
err-act-profile-incomplete = Le profil de la personne n’a pas son nom en caractères arabes, que le registre exige : demandez-lui de le compléter.
event-registered = Inscrit au registre : acte n° { $act }
err-awaiting-payment = La demande n’est pas encore payée : elle pourra être acceptée une fois payée (en ligne, ou au guichet enregistré ci-dessous).
event-document-issued = Document délivré : { $code }
event-document-revoked = Document révoqué : { $code }
case-issue-now = Délivrer le document maintenant
case-documents = Documents délivrés
case-document-download = Télécharger le PDF
case-document-verify = Page de vérification
doc-code = Code de vérification :
doc-verify-at = À vérifier sur
doc-verify-at-short = À vérifier en scannant le code
dashboard-title = Mes demandes
dashboard-lead = Toutes vos demandes, auprès de toutes les administrations, au même endroit.
dashboard-new = Faire une nouvelle demande
dashboard-empty = Vous n’avez encore aucune demande.
phase-received = Reçue
phase-in-progress = En cours
phase-waiting-for-you = À compléter par vous
phase-approved = Acceptée
phase-rejected = Refusée
phase-withdrawn = Retirée
phase-closed = Clôturée
next-send-documents = À faire : envoyer les pièces demandées
countdown-left-working = { $count ->
    [0] Décision attendue aujourd’hui
    [one] { $count } jour ouvré restant
   *[other] { $count } jours ouvrés restants
}
countdown-left-calendar = { $count ->
    [0] Décision attendue aujourd’hui
    [one] { $count } jour restant
   *[other] { $count } jours restants
}
countdown-overdue-working = { $count ->
    [one] En retard de { $count } jour ouvré
   *[other] En retard de { $count } jours ouvrés
}
countdown-overdue-calendar = { $count ->
    [one] En retard de { $count } jour
   *[other] En retard de { $count } jours
}
countdown-stopped-working = { $count ->
    [one] Délai suspendu : { $count } jour ouvré restera à la reprise
   *[other] Délai suspendu : { $count } jours ouvrés resteront à la reprise
}
countdown-stopped-calendar = { $count ->
    [one] Délai suspendu : { $count } jour restera à la reprise
   *[other] Délai suspendu : { $count } jours resteront à la reprise
}
case-status = Étape
case-send-documents = Envoyer les pièces
case-timeline = Historique
case-files = Pièces jointes
case-write = Écrire à l’administration
case-message = Message
case-send = Envoyer
case-withdraw = Retirer ma demande
actor-system = Nafida
actor-you = vous
event-filed = Demande déposée
event-transition = Nouvelle étape : { $status }
event-message = Message de { $who }
event-note = Note interne de { $who }
event-viewed = Dossier consulté par { $who }
event-assigned = Dossier pris en charge par { $who }
view-reason-processing = Motif : traitement de la demande
view-reason-supervision = Motif : supervision
view-reason-opinion = Motif : avis demandé
view-reason-follow-up = Motif : suivi par la cellule provinciale des Marocains du monde
err-cell-coordinates-only = La cellule provinciale suit et coordonne ce dossier ; c’est l’administration qui le traite qui décide.
queue-title = File des dossiers
queue-open = En cours
queue-mine = Mes dossiers
queue-all = Tous
queue-empty = Aucun dossier ici.
queue-reference = Référence
queue-assignee = Pris en charge
queue-me = moi
queue-someone = un collègue
case-claim = Prendre en charge
case-form = Formulaire
request-listed = Pièces de la liste à demander
request-unlisted = Autre pièce (hors liste)
request-unlisted-hint = La loi 55-19 interdit d’exiger une pièce absente de la liste : elle part comme un message motivé, sans arrêter le délai, et l’usager peut réclamer.
request-unlisted-reason = Motif de la demande hors liste
action-motivation-required = Motivation (obligatoire)
action-comment = Commentaire pour l’usager (facultatif)
case-write-applicant = Écrire à l’usager
case-internal-note = Note interne
case-note = Note (visible des seuls agents)
case-add-note = Ajouter la note
mail-receipt-subject = Récépissé de votre demande { $reference }
mail-receipt-body = Votre demande « { $procedure } » est enregistrée sous la référence { $reference }.

    L’administration doit décider au plus tard le { $due }. Ce message vaut récépissé (loi n° 55-19).
mail-receipt-action = Suivre ma demande
event-escalated-supervisor = Délai dépassé : dossier signalé au superviseur de l’administration
event-escalated-cell = Délai largement dépassé : dossier signalé à la cellule provinciale
event-escalated-routing = Non orientée dans le délai : signalée au superviseur de l’administration
flag-routing-overdue = Orientation en retard
event-tacit-approval = Le délai légal est passé sans décision : la demande est acceptée tacitement (loi 55-19). Le certificat de silence de l’administration est disponible.
silence-title = Certificat de silence de l’administration
silence-issuer = Province d’Al Hoceima — cabinet du gouverneur
silence-applicant = Demandeur
silence-statement = L’administration compétente n’a pas statué sur cette demande dans le délai légal. En application de la loi n° 55-19 relative à la simplification des procédures et formalités administratives, son silence vaut acceptation de la demande.
nav-inbox = Messages
inbox-title = Mes messages
inbox-lead = Tout ce que les administrations ont écrit sur vos demandes, au même endroit.
inbox-empty = Aucun message pour l’instant.
inbox-new = nouveau
mail-update-documents-subject = Pièces demandées pour votre demande { $reference }
mail-update-documents-body = L’administration demande des pièces pour votre demande « { $procedure } » ({ $reference }). Le délai est suspendu jusqu’à votre réponse.
mail-update-message-subject = Nouveau message sur votre demande { $reference }
mail-update-message-body = L’administration vous a écrit au sujet de votre demande « { $procedure } » ({ $reference }).
mail-update-decision-subject = Décision sur votre demande { $reference }
mail-update-decision-body = Une décision a été prise sur votre demande « { $procedure } » ({ $reference }).
mail-update-ready-subject = Votre demande { $reference } est prête à retirer
mail-update-ready-body = Votre demande « { $procedure } » ({ $reference }) est prête. Retirez-la en personne à { $place } au plus tard le { $until }, avec votre pièce d’identité.
mail-update-step-subject = Votre demande { $reference } avance
mail-update-step-body = Votre demande « { $procedure } » ({ $reference }) est passée à une nouvelle étape.
mail-update-overdue-subject = Votre demande { $reference } est en retard
mail-update-overdue-body = L’administration n’a pas statué sur votre demande « { $procedure } » ({ $reference }) dans le délai légal. Ses responsables sont alertés ; vous pouvez aussi déposer une réclamation.
sms-update-received = Nafida : votre demande { $reference } est reçue. { $link }
sms-update-documents = Nafida : des pièces sont demandées pour votre demande { $reference }. { $link }
sms-update-message = Nafida : nouveau message sur votre demande { $reference }. { $link }
sms-update-decision = Nafida : une décision a été prise sur votre demande { $reference }. { $link }
sms-update-ready = Nafida : votre demande { $reference } est prête à retirer à { $place } avant le { $until }, avec votre pièce d’identité. { $link }
sms-update-step = Nafida : votre demande { $reference } avance. { $link }
sms-update-overdue = Nafida : votre demande { $reference } a dépassé son délai ; les responsables sont alertés. { $link }
flag-overdue = En retard
flag-due-soon = Bientôt dus
flag-escalated = Signalés
flag-escalated-cell = Signalé à la cellule
flag-fast-lane = Voie rapide
flag-possible-duplicate = Doublon possible
flag-awaiting-payment = En attente de paiement
flag-stamp-to-check = e-Timbre à vérifier
pay-title = À payer avant que le bureau ne traite votre demande
pay-fee = Droits
pay-postage = Envoi
pay-total = Total
pay-amount = { $count ->
    [one] { $count } dirham
   *[other] { $count } dirhams
}
pay-copies = { $count ->
    [one] { $count } exemplaire
   *[other] { $count } exemplaires
}
pay-online = Payer en ligne
pay-counter = Vous pouvez aussi payer au guichet d’un consulat ou de la cellule provinciale, avec votre référence ; l’agent enregistre le paiement ici.
pay-awaiting = En attente de paiement
pay-counter-receipt = Numéro de la quittance remise au guichet
pay-counter-record = Enregistrer le paiement
err-receipt-number = Le numéro de quittance compte de 3 à 40 lettres, chiffres, tirets ou barres obliques.
post-tracking = Numéro de suivi de la lettre recommandée
post-record = Enregistrer l’envoi
err-tracking-number = Un numéro de suivi compte de 8 à 30 lettres et chiffres, par exemple RR123456789MA.
event-posted = Envoyé en recommandé : numéro de suivi { $tracking }
event-rated = { $count ->
    [one] Réponse notée { $count } étoile sur 5
   *[other] Réponse notée { $count } étoiles sur 5
}
pay-test-title = Service de paiement de test
pay-test-lead = Ceci est le service de paiement de test de la plateforme, pour la démonstration : aucun argent ne circule. Un déploiement réel vous envoie sur la page d’une banque.
pay-test-confirm = Payer
pay-test-decline = Refuser le paiement
event-paid = { $count ->
    [one] Payé : { $count } dirham
   *[other] Payé : { $count } dirhams
}
event-paid-receipt = Quittance n° { $receipt }
event-no-act-match = Aucun acte du registre ne correspond à votre demande
event-no-act-match-text = Vérifiez le nom, la date de naissance et, si vous le connaissez, le numéro d’acte ; corrigez-les ci-dessous. Vous ne payez pas une seconde fois.
event-corrected = Informations corrigées par la personne
event-stamp-checked = Achat de l’e-Timbre vérifié au guichet
correct-title = Corriger les informations de votre demande
correct-lead = Le registre du bureau ne contient aucun acte correspondant à ces informations. Corrigez-les et la recherche est relancée ; vous ne payez pas une seconde fois.
correct-name-ar = Nom complet en arabe
correct-name-latin = Nom complet en lettres latines
correct-birth-date = Date de naissance
correct-act-number = Numéro et année de l’acte (par exemple 1234/1990), si vous les connaissez
correct-submit = Relancer la recherche
queue-next = Dossiers suivants
nav-holidays = Jours fériés
nav-topics = Thèmes des réclamations
topics-title = Thèmes des réclamations
topics-lead = Les thèmes et sous-thèmes sous lesquels les réclamations sont déposées. Un thème retiré n’est plus proposé ; les réclamations qui le citent le gardent.
topics-id = Identifiant
topics-id-hint = 2 à 40 lettres minuscules, chiffres ou tirets, par exemple consular-visas.
topics-retired = Retiré
topics-retire = Retirer
topics-add = Ajouter un thème ou un sous-thème
topics-parent = Sous le thème
topics-parent-none = (un nouveau thème)
topics-save = Ajouter
err-topic-id = L’identifiant compte de 2 à 40 lettres minuscules, chiffres ou tirets.
err-topic-taken = Cet identifiant est déjà utilisé.
holidays-title = Jours fériés
holidays-lead = Les délais légaux comptent les jours ouvrés en excluant ces jours. Les fêtes religieuses suivent le calendrier lunaire : confirmez ou corrigez leurs dates chaque année.
holidays-day = Jour
holidays-religious = Fête religieuse
holidays-provisional = Date à confirmer
holidays-delete = Retirer
holidays-add = Ajouter ou corriger un jour férié
holidays-add-hint = Un jour déjà présent est remplacé.
holidays-name-ar = Nom en arabe
holidays-name-fr = Nom en français
holidays-name-en = Nom en anglais
holidays-save = Enregistrer
case-assign = Confier le dossier
case-assign-to = Confier à
case-transfer = Transmettre à l’administration compétente
case-transfer-to = Transmettre à
case-transfer-reason = Motif (l’usager le verra)
event-transferred = Dossier transmis à { $org }
opinions-title = Avis demandés
opinions-empty = Aucun avis n’est attendu de votre administration.
opinions-asked-by = Demandé par
opinion-title = Avis
opinion-question = Question
opinion-verdict = Votre avis
opinion-text = Texte de l’avis
opinion-submit = Donner l’avis
verdict-favourable = Favorable
verdict-reserves = Favorable avec réserves
verdict-unfavourable = Défavorable
opinions-of-case = Avis des autres administrations
opinion-awaited = En attente
opinion-ask-org = Demander un avis à
opinion-ask = Demander l’avis
event-opinion-requested = Avis demandé à { $org }
event-opinion-given = Avis de { $who }
queue-select = Sélection
queue-select-case = Sélectionner le dossier { $reference }
queue-claim-selected = Prendre en charge la sélection
queue-bulk = Avec les dossiers cochés
queue-bulk-op = Action
queue-bulk-assign = Attribuer à un collègue
queue-bulk-assignee = Collègue
queue-bulk-apply = Appliquer aux dossiers cochés
queue-bulk-done = { $count ->
    [0] Aucun dossier traité.
    [one] Un dossier traité.
   *[other] { $count } dossiers traités.
}
queue-bulk-skipped = { $count ->
    [0] Aucun écarté.
    [one] Un écarté (non permis ou modifié entre-temps).
   *[other] { $count } écartés (non permis ou modifiés entre-temps).
}
case-possible-duplicate = La même personne a d’autres demandes ouvertes avec le même formulaire :
case-fast-lane-reason = Pourquoi ce dossier passe en voie rapide (la personne le voit)
case-fast-lane-on = Passer en voie rapide
case-fast-lane-off = Retirer de la voie rapide
event-fast-lane = Passé en voie rapide par { $who }
event-fast-lane-off = Retiré de la voie rapide par { $who }
event-fast-lane-card = En voie rapide : son demandeur détient la carte « Services MRE » { $number }
mail-escalation-subject = Dossier en retard : { $reference }
mail-escalation-body = Le délai légal de la demande « { $procedure } » ({ $reference }) auprès de { $org } est dépassé. Le dossier vous est signalé pour suivi.
case-extend = { $count ->
    [one] Prolonger le délai de { $count } jour
   *[other] Prolonger le délai de { $count } jours
}
case-extend-reason = Motif de la prolongation (l’usager le verra)
event-extended = { $count ->
    [one] Délai prolongé de { $count } jour
   *[other] Délai prolongé de { $count } jours
}
err-idempotency-key = Cet envoi n’a pas de clé valide : rechargez le formulaire et envoyez-le à nouveau (les applications envoient une idempotency_key de 16 à 128 caractères).
err-transition-not-allowed = Cette action n’est pas possible sur ce dossier dans son état actuel.
err-stamp-to-check = L’e-Timbre n’a pas pu être vérifié auprès de la DGI : vérifiez son achat (reçu de la banque ou du site) avant d’approuver.
err-stamp-not-to-check = Cette demande n’a pas d’e-Timbre à vérifier.
stamp-to-check-text = Le service de vérification de la DGI n’est pas relié : vérifiez le reçu d’achat de l’e-Timbre (banque ou site) présenté par la personne, puis confirmez-le ici. La demande ne peut pas être approuvée avant.
stamp-checked-button = J’ai vérifié l’achat de l’e-Timbre
err-production-stages-only = Le service de production ne fait avancer que les étapes de production ; la biométrie et la remise restent au poste.
err-only-supervisors-assign = Seul un responsable peut attribuer un dossier.
err-only-supervisors-fast-lane = Seul un responsable peut mettre un dossier en voie prioritaire.
err-claim-needs-account = Seul un agent connecté peut prendre un dossier en charge.
err-nothing-to-pay = Cette demande n’attend aucun paiement.
err-nothing-to-correct = Les informations de cette demande ne peuvent plus être corrigées.
err-not-answered = Cette réclamation n’a pas encore reçu de réponse.
err-opinion-given = Cet avis a déjà été donné.
err-not-extendable = Le délai de ce dossier ne peut pas être prolongé.
err-nothing-to-post = Cette demande n’a rien à envoyer par la poste.
err-nothing-to-issue = Cette demande n’a pas de document à délivrer.
err-invalid = Certaines informations envoyées ne sont pas valides.
err-already-revoked = Ce document est déjà révoqué.
event-review-before-issuance = Votre demande est payée ; l’acte est au registre. Le bureau vérifie qu’il peut vous le délivrer avant de l’émettre.
event-review-before-issuance-unverified = Votre identité n’a pas encore été vérifiée sur Nafida (par un agent ou par l’identité électronique) : un agent compare la pièce d’identité jointe à l’acte, puis délivre le document au plus tard à la date limite de votre récépissé. Si une pièce manque, il vous la demande ici. Pour obtenir vos documents immédiatement la prochaine fois, faites vérifier votre identité depuis votre compte.
event-review-before-issuance-mismatch = L’identité vérifiée de votre compte ne correspond pas au titulaire de l’acte (nom ou date de naissance). Votre demande n’est pas refusée : un agent compare votre pièce d’identité à l’acte, puis délivre le document ou vous dit quoi corriger, au plus tard à la date limite de votre récépissé.
event-review-before-issuance-relation = Un agent vérifie la preuve de votre lien avec le titulaire de l’acte (la pièce jointe), puis délivre le document au plus tard à la date limite de votre récépissé. Si une preuve manque, il vous la demande ici.
receipt-documents = Pièces déposées
receipt-none = aucune
receipt-silence = Sans réponse à cette date
receipt-silence-approval = la demande est réputée acceptée (loi n° 55-19)
receipt-silence-none = vous pouvez déposer une réclamation sur Nafida

# Identity assurance and who obtained an act
identity-title = Mon identité sur Nafida
identity-lead = Le niveau de vérification de votre identité décide de ce qui peut vous être délivré sans examen : un document d’état civil n’est délivré immédiatement qu’à son titulaire dont l’identité a été vérifiée et correspond à l’acte.
identity-level = Niveau
identity-level-email = Adresse e-mail seulement (identité non vérifiée)
identity-level-agent-checked = Vérifiée par un agent
identity-level-eid = Identité électronique nationale
identity-why = Votre compte prouve seulement que vous recevez le courrier de cette adresse. Vos demandes de documents seront examinées par un agent avant délivrance.
identity-raise = Faire vérifier mon identité
identity-counter-heading = Au guichet d’un consulat ou de la cellule provinciale
identity-counter-how = Présentez à l’agent votre CNIE ou votre passeport original, et donnez-lui votre adresse e-mail et le code ci-dessous (il change toutes les demi-heures).
identity-counter-code = Code de guichet :
identity-eid-heading = Avec l’identité électronique nationale
identity-eid-how = Confirmez votre identité auprès du fournisseur d’identité électronique lié à votre CNIE.
identity-eid-start = Continuer vers l’identité électronique
identity-history = Historique des vérifications
identity-history-none = Aucune vérification pour l’instant.
identity-when = Date
identity-how = Comment
identity-method-counter = Un agent au guichet
identity-method-document-review = Un agent a examiné la pièce d’identité envoyée
identity-method-eid-provider = Le fournisseur d’identité électronique
identity-document-cnie = CNIE
identity-document-passport = Passeport
identity-test-title = Fournisseur d’identité de test
identity-test-lead = Cette page joue le fournisseur d’identité électronique, en démonstration et en test uniquement. Saisissez ce que le fournisseur confirmerait.
identity-test-confirm = Confirmer l’identité
identity-test-cancel = Annuler
identity-counter-title = Vérification d’identité au guichet
identity-counter-lead = Saisissez ce que vous lisez sur le document original que vous présente la personne devant vous, avec son adresse e-mail et le code affiché dans son compte.
identity-counter-done = Vérification enregistrée pour { $email }.
identity-counter-code-field = Code de guichet
identity-counter-code-hint = Six chiffres affichés sur la page « Mon identité » de son compte.
identity-document-seen = Document présenté
identity-counter-cnie-hint = Obligatoire avec une CNIE. Conservé masqué et chiffré uniquement.
identity-counter-submit = Enregistrer la vérification
err-identity-counter-only = La vérification au guichet est réservée aux agents des consulats et de la cellule provinciale.
err-identity-request-expired = Cette demande a expiré. Recommencez depuis la page « Mon identité ».
err-identity-account-unknown = Aucun compte de citoyen n’a cette adresse.
err-identity-code-wrong = Le code est faux ou expiré : demandez à la personne de rouvrir la page « Mon identité ».
acts-title = Qui a obtenu mes actes
acts-lead = Les actes dont vous êtes le titulaire, avec chaque document qui en a été délivré (à qui, quand, à quel titre) et chaque consultation par le personnel.
acts-none = Aucun acte n’est encore lié à votre compte : un acte l’est au premier document qui vous en est délivré comme titulaire.
acts-log-none = Rien d’enregistré.
acts-act = Acte de { $kind } n° { $number }/{ $year }, { $office } ({ $date })
acts-issued = { $document } délivré à { $who } par { $office }, au titre de : { $ground }.
acts-consulted = Consulté par { $who } de { $office } : { $ground }.
acts-who-you = vous
acts-who-agent = un agent
acts-who-supervisor = un responsable
acts-who-admin = un administrateur
acts-who-system = la plateforme
acts-who-applicant = le demandeur
acts-ground-holder = titulaire de l’acte
acts-ground-ascendant = ascendant
acts-ground-descendant = descendant
acts-ground-spouse = conjoint
acts-ground-guardian = tuteur ou représentant légal
acts-ground-mandated = mandataire
acts-ground-prosecutor-authorised = autorisé par le ministère public
acts-ground-undeclared = qualité non déclarée (ancienne demande)
acts-ground-case-review = examen d’une demande
review-title = Droit à obtenir l’acte
review-relation = Qualité déclarée du demandeur
review-proofs = Preuves demandées
review-proof-attached = jointe
review-proof-missing = manquante
review-identity = Identité du demandeur
review-act = Acte
review-act-none = Aucun acte correspondant au registre.
review-act-number = Numéro de l’acte
review-mismatch = L’identité vérifiée ne correspond pas au titulaire :
review-mismatch-name = le nom
review-mismatch-birth-date = la date de naissance
review-guide-holder = Comparez la pièce d’identité jointe à l’acte. Si elles concordent, délivrez ; sinon demandez une pièce de la liste ou refusez en motivant.
review-guide-relation = Vérifiez que la preuve jointe établit le lien du demandeur avec le titulaire (les noms des deux actes). S’il est établi, délivrez ; sinon demandez la preuve ou refusez en motivant.

# Hijri dates on documents
hijri-month-1 = mouharram
hijri-month-2 = safar
hijri-month-3 = rabia al-awal
hijri-month-4 = rabia at-tani
hijri-month-5 = joumada al-oula
hijri-month-6 = joumada at-tania
hijri-month-7 = rajab
hijri-month-8 = chaabane
hijri-month-9 = ramadan
hijri-month-10 = chaoual
hijri-month-11 = dou al-qiida
hijri-month-12 = dou al-hijja
doc-hijri-date = { $day } { $month } { $year } H
doc-hijri-note = Date hégirienne calculée (calendrier tabulaire) ; elle peut différer d’un jour de la date fixée par l’observation du croissant.
identity-online-heading = En envoyant votre pièce en ligne
identity-online-how = Envoyez la photo de votre CNIE ou de votre passeport ; un agent de votre consulat la compare à ce que vous avez saisi, sous cinq jours ouvrables.
identity-online-start = Envoyer ma pièce
event-refunded = { $count ->
    [one] Le dirham payé vous est remboursé.
   *[other] Les { $count } DH payés vous sont remboursés.
}
event-refunded-online = Le montant revient sur le moyen de paiement utilisé.
event-refunded-counter = Le montant vous est rendu au guichet du bureau, sur présentation de votre quittance.
event-refused-correction = Si l’acte porte une erreur de nom, vous pouvez en demander la rectification.
refused-correction-link = Demander la rectification
event-asked-unlisted = L’administration demande une pièce hors de la liste de la démarche : « { $document } ». C’est un simple message : le délai continue de courir et votre demande ne peut pas être refusée faute de cette pièce.
err-documents-asked-already = { $count ->
    [one] Des pièces ont déjà été demandées sur ce dossier ; le délai ne s’arrête qu’une fois pour cela. Écrivez un message.
   *[other] Des pièces ont déjà été demandées { $count } fois ; le délai ne s’arrête plus. Écrivez un message.
}
stats-pending = Dans le délai
stats-other-orgs = Autres administrations (moins de 5 réclamations chacune)
stats-other-months = Autres mois (moins de 5 réclamations chacun)
stats-too-few = Trop peu de réclamations pour publier des chiffres qui ne décrivent personne.
err-filing-rate-limited = Vous avez déposé beaucoup de demandes en peu de temps. Réessayez dans une heure ; en cas d’urgence, contactez la cellule provinciale.
procedure-legal-basis = Base légale
procedure-legal-to-confirm = référence à confirmer sur le texte publié.
procedure-archive = { $count ->
    [one] Le dossier est conservé { $count } an après la décision, puis { $end }.
   *[other] Le dossier est conservé { $count } ans après la décision, puis { $end }.
}
archive-end-destroy = détruit
archive-end-archives = versé aux Archives du Maroc (loi 69-99)
privacy-archive-procedure = Démarche
privacy-archive-rule = Conservation
tokens-title = Jetons des systèmes partenaires
tokens-lead = Chaque jeton permet à un système partenaire d’agir comme un agent d’une administration par l’API. Le jeton n’est montré qu’une fois, à sa création ; une révocation vaut à l’instant sur tous les nœuds.
tokens-created = Voici le nouveau jeton ; copiez-le maintenant : il ne sera plus affiché.
tokens-id = Identifiant
tokens-name = Usage
tokens-created-on = Créé le
tokens-expires = Expire le
tokens-never = jamais
tokens-active = Actif
tokens-revoked = Révoqué
tokens-expired = Expiré
tokens-revoke = Révoquer
tokens-new = Nouveau jeton
tokens-days = Validité en jours (1 à 730)
tokens-create = Créer le jeton
err-token-days = Indiquez une validité de 1 à 730 jours.
case-appeal-title = Former un recours
case-appeal-lead = Vous pouvez demander à l’administration de revoir ce refus, en disant pourquoi, jusqu’au { $until }. Un responsable statue sur votre recours dans un nouveau délai.
case-appeal-reason = Motifs du recours
case-appeal-submit = Former le recours
err-appeal-period = Le délai de recours contre cette décision est passé, ou le recours n’est plus possible.
holidays-unconfirmed = Ces jours fériés des douze prochains mois sont des estimations non confirmées : confirmez-les ou corrigez-les quand le ministère des Habous publie les dates ; les délais des dossiers en cours sont recalculés aussitôt.
event-due-date-moved = Les jours fériés ont changé : la date limite de décision passe du { $from } au { $to }.
err-query-value = Valeur invalide pour ce paramètre.
err-limit-range = Le nombre de résultats doit être compris entre 1 et 200.
err-malformed-body = Le corps de la requête est illisible (format invalide).
field-time-zone = Fuseau horaire
field-time-zone-hint = Par exemple Europe/Brussels. Laissé vide, les heures suivent votre pays de résidence (ou l’heure du Maroc).
err-time-zone = Fuseau horaire inconnu ; écrivez-le comme Europe/Paris.

## The consular network
nav-consulates = Consulats
consulates-title = Les consulats du Maroc
consulates-lead = Trouvez le poste consulaire dont vous dépendez, ses horaires, ses contacts et les démarches qu’il assure.
consulates-search-label = Quel est mon consulat ?
consulates-search-hint = Votre ville ou votre code postal, par exemple « Nanterre », « 92700 » ou « 4000 ».
consulates-country-label = Pays
consulates-country-any = Tous les pays
consulates-search-submit = Chercher
consulates-found = { $count ->
    [0] Aucun poste trouvé
    [one] Un poste trouvé
   *[other] { $count } postes trouvés
}
consulates-none = Aucun poste ne couvre « { $query } » dans nos données. Choisissez le pays, ou cherchez la ville la plus proche ; la liste complète est ci-dessous.
consulates-match-postcode = Votre code postal est dans sa circonscription.
consulates-match-city = Votre ville est dans sa circonscription.
consulates-match-region = Votre région est dans sa circonscription.
consulates-any-post = Depuis 2023, passeport, CNIE, légalisations et attestations peuvent être demandés dans n’importe quel poste du réseau ; votre poste de rattachement tient votre immatriculation et votre état civil.
consulates-by-country = Tous les postes, par pays
consulates-summer-title = Pendant vos vacances au Maroc
consulates-summer-text = En été, vous pouvez aussi déposer votre demande de passeport au service des passeports de la province.
consulates-data-note = Ces informations viennent de sources publiques et doivent être confirmées auprès du poste ; ce qui n’a pas été trouvé n’est pas affiché.
consulates-country-invalid = Choisissez un pays de la liste.
consulates-query-too-long = { $count ->
   *[other] Écrivez au plus { $count } caractères.
}
consulates-back = Tous les consulats
consulates-days-range = du { $from } au { $to }
confidence-confirmed = Confirmé par une source officielle
confidence-reported = D’après des sources récentes
confidence-uncertain = Incertain : sources anciennes ou contradictoires
post-address = Adresse
post-city-only = À { $city }
post-not-found = non trouvé dans nos sources
post-to-confirm = à confirmer auprès du poste
post-hours = Horaires d’ouverture
post-phone = Téléphone
post-email = Courriel
post-coverage = Circonscription
post-coverage-to-confirm = La circonscription ci-dessous repose sur des sources partielles ou anciennes : à confirmer auprès du poste.
post-regions = Régions
post-cities = Villes
post-postcodes = Codes postaux commençant par
post-services = Démarches assurées
post-holidays = Jours fériés du pays hôte (poste fermé)
post-holidays-intro = Les douze prochains mois ; le poste ferme aussi les jours fériés du Maroc.
post-holidays-none = Aucun jour férié connu pour ce pays.
post-sources = Sources
weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche

## Appointments
err-supervisors-only = Seul un superviseur de cette administration peut le faire.
err-applicants-only = Seule la personne concernée peut prendre, déplacer ou annuler un rendez-vous.
err-desk-name = Donnez au guichet un nom court en minuscules, chiffres et tirets (40 au plus).
err-desk-hours = Écrivez les horaires ainsi : « mon-fri 09:00-15:00; sat 10:00-13:00 » (chaque fermeture après son ouverture).
err-number-between = Entrez un nombre entier de { $min } à { $max }.
err-appointment-case-mismatch = Cette demande n’est pas traitée à ce guichet : choisissez celui de sa démarche et de son administration.
err-slot-outside-hours = Cette heure n’est pas un créneau du guichet : choisissez-en un dans la liste.
err-slot-past = Cette heure est passée : choisissez un créneau plus tard.
err-slot-beyond-horizon = Les rendez-vous ne sont pas encore ouverts aussi loin : choisissez un créneau plus proche.
err-slot-holiday = Le guichet est fermé ce jour-là (jour férié) : choisissez un autre jour.
err-slot-closed = Le guichet est fermé ce jour-là : choisissez un autre jour.
err-slot-full = Ce créneau vient d’être pris : voici les plus proches encore libres.
err-cancel-too-late = { $count ->
    [one] Un rendez-vous peut être annulé ou déplacé jusqu’à { $count } heure avant ; ensuite, présentez-vous au guichet ou prévenez-le.
   *[other] Un rendez-vous peut être annulé ou déplacé jusqu’à { $count } heures avant ; ensuite, présentez-vous au guichet ou prévenez-le.
}
err-appointment-not-booked = Ce rendez-vous n’est plus réservé.
err-appointment-not-started = Une personne ne peut être notée absente qu’une fois son créneau commencé.
appointment-summary = Rendez-vous : { $procedure }
mail-appointment-booked-subject = Votre rendez-vous : { $procedure }
mail-appointment-booked-body = Votre rendez-vous est pris pour le { $when }, à { $place }.

    L’entrée pour votre agenda est jointe. Vous pouvez le déplacer ou l’annuler depuis votre compte.
mail-appointment-moved-subject = Votre rendez-vous a été déplacé : { $procedure }
mail-appointment-moved-body = Votre rendez-vous est désormais le { $when }, à { $place }.

    La nouvelle entrée pour votre agenda est jointe.
mail-appointment-cancelled-subject = Rendez-vous annulé : { $procedure }
mail-appointment-cancelled-body = Votre rendez-vous du { $when } à { $place } est annulé. L’entrée jointe le retire de votre agenda.
mail-appointment-reminder-48h-subject = Rappel : votre rendez-vous dans deux jours
mail-appointment-reminder-48h-body = Rappel : votre rendez-vous ({ $procedure }) est le { $when }, à { $place }. Apportez les pièces de votre demande.
mail-appointment-reminder-2h-subject = Rappel : votre rendez-vous dans deux heures
mail-appointment-reminder-2h-body = Votre rendez-vous ({ $procedure }) est à { $when }, à { $place }.
mail-appointment-offer-subject = Une place s’est libérée : { $procedure }
mail-appointment-offer-body = Une place s’est libérée à { $place } ({ $procedure }). Vous étiez sur la liste d’attente : réservez-la avant un autre.
sms-appointment-booked = Nafida : rendez-vous pris le { $when }, { $place }. { $link }
sms-appointment-moved = Nafida : rendez-vous déplacé au { $when }, { $place }. { $link }
sms-appointment-cancelled = Nafida : rendez-vous du { $when } annulé. { $link }
sms-appointment-reminder-48h = Nafida : rappel, rendez-vous le { $when }, { $place }. { $link }
sms-appointment-reminder-2h = Nafida : votre rendez-vous est à { $when }, { $place }. { $link }
nav-appointments = Rendez-vous
post-appointments = Prendre rendez-vous ici
post-book = Choisir une heure
err-slot-choose = Choisissez une heure dans la liste.
appointments-title = Mes rendez-vous
appointments-lead = Vos rendez-vous dans les consulats et guichets, à déplacer ou annuler, et leurs entrées d’agenda.
appointments-find-desk = Trouver un guichet et prendre rendez-vous
appointments-new-title = Prendre rendez-vous
appointments-zone = Les heures sont celles du guichet : { $place } ({ $offset }).
appointments-card-holder = Vous avez la carte Services MRE : des places vous sont gardées dans chaque créneau.
appointments-none-free = Aucune heure n’est libre dans la période ouverte. Inscrivez-vous sur la liste d’attente : la première place libérée vous sera proposée par courriel.
appointments-waiting = Vous êtes sur la liste d’attente : une place libérée vous sera proposée par courriel.
appointments-wait = M’inscrire sur la liste d’attente
appointments-choose = Choisissez une heure
appointments-places-left = { $count ->
    [one] { $count } place restante
   *[other] { $count } places restantes
}
appointments-book = Réserver cette heure
appointments-later = Heures suivantes
appointments-coming = À venir
appointments-none = Vous n’avez aucun rendez-vous.
appointments-past = Passés et annulés
appointments-feed-title = Dans votre agenda
appointments-feed-text = Une adresse privée à laquelle votre application d’agenda peut s’abonner : vos rendez-vous y apparaissent et suivent chaque changement.
appointments-feed-once = Votre adresse privée (affichée une seule fois ; gardez-la pour vous) :
appointments-feed-create = Créer mon adresse d’agenda
appointments-feed-renew = Remplacer mon adresse d’agenda (l’ancienne ne marchera plus)
appointments-when = Quand
appointments-where = Où
appointments-status = État
appointments-request = Pour la demande
appointments-ics = Ajouter à mon agenda (.ics)
appointments-notice = { $count ->
    [one] Vous pouvez le déplacer ou l’annuler jusqu’à { $count } heure avant.
   *[other] Vous pouvez le déplacer ou l’annuler jusqu’à { $count } heures avant.
}
appointments-cancel-confirm = Annuler ce rendez-vous ? La place sera proposée à quelqu’un d’autre.
appointments-cancel-yes = Oui, l’annuler
appointments-cancel-no = Non, le garder
appointments-move = Le déplacer
appointments-cancel = L’annuler
appointment-status-booked = Réservé
appointment-status-cancelled = Annulé
appointment-status-checked-in = Arrivé
appointment-status-served = Reçu
appointment-status-no-show = Absent
counter-title = Rendez-vous au guichet
counter-no-desk = Votre administration n’a pas encore de guichet de rendez-vous.
counter-desks = Guichets
counter-prev = Jour précédent
counter-next = Jour suivant
counter-empty = Aucun rendez-vous ce jour-là.
counter-time = Heure
counter-person = Personne
counter-actions = Au guichet
counter-card = Carte MRE
counter-check-in = Arrivé
counter-served = Reçu
counter-no-show = Absent
counter-figures = Les 90 derniers jours à ce guichet
counter-figures-served = Personnes servies
counter-figures-no-show = Absences (rendez-vous non honorés)
counter-figures-no-show-share = Part des absences
counter-figures-cancelled = Rendez-vous annulés par la personne
counter-figures-unrecorded = Passés sans rien d’enregistré
counter-closures = Jours de fermeture
counter-closure-day = Jour
counter-close-day = Fermer le guichet ce jour-là
counter-open-day = Le rouvrir
counter-save = Enregistrer
counter-settings = Régler un guichet
counter-settings-hint = Donnez le nom d’un guichet existant pour le modifier ; les rendez-vous déjà pris restent tels quels.
counter-desk = Nom du guichet
counter-desk-hint = Minuscules, chiffres et tirets, par exemple passport ou legalisation.
counter-procedure = Service
counter-hours = Horaires d’ouverture
counter-hours-hint = Par exemple : mon-fri 09:00-15:00; sat 10:00-13:00 (heure locale du guichet).
counter-slot-minutes = Minutes par créneau
counter-capacity = Personnes par créneau
counter-card-quota = Places gardées aux titulaires de la carte MRE dans chaque créneau
counter-card-quota-hint = Les titulaires peuvent aussi prendre toute autre place.
counter-horizon = Jours à l’avance où l’on peut réserver
counter-cancel-hours = Préavis en heures pour déplacer ou annuler
nav-track = Suivre une demande
track-title = Suivre une demande
track-lead = Sans compte : le numéro de votre demande (sur son récépissé) et la date de naissance de la personne concernée indiquent où elle en est.
track-reference = Numéro de la demande
track-reference-hint = Par exemple AH-26-00000123, tel qu’écrit sur le récépissé.
track-birth-date = Date de naissance de la personne concernée
track-birth-date-hint = La vôtre, ou celle de la personne pour qui est la demande (votre enfant, par exemple).
track-submit = Voir où elle en est
track-stage = Étape
track-since = Depuis le
track-due = Décision au plus tard le
track-next = La suite
track-more = Connectez-vous pour voir tout l’historique, les messages et les documents.
track-not-found = Aucune demande ne correspond à ce numéro et à cette date de naissance. Vérifiez-les sur le récépissé.
track-next-received = L’administration va l’examiner ; vous serez prévenu de chaque étape.
track-next-in-progress = L’administration l’examine ; elle décide au plus tard à la date ci-dessus.
track-next-waiting-for-you = L’administration attend quelque chose de vous : connectez-vous pour savoir quoi, et l’envoyer.
track-next-approved = Elle est acceptée : connectez-vous pour voir la décision et ce qu’il faut retirer.
track-next-rejected = Elle est refusée : connectez-vous pour lire les motifs et comment faire un recours.
track-next-withdrawn = Elle a été retirée ; rien d’autre ne se passera.
track-next-closed = Elle est close.
track-pickup = À retirer en personne à { $place } au plus tard le { $until }, avec votre pièce d’identité.
pickup-to-confirm = (délai de retrait à confirmer auprès du poste)
err-track-reference = Entrez le numéro de votre demande.
doc-field-birth-date = Date de naissance
doc-field-registration = Dossier d’immatriculation
doc-field-residence-address = Adresse de résidence
doc-field-residence-since = Résident depuis le
doc-field-attestation = Attestation
doc-field-pension-fund = Caisse de retraite
doc-field-pension-number = Numéro de pension
doc-life-attestation = La personne nommée ci-dessus s’est présentée en personne devant { $office } le { $date }.
doc-kind-consular-registration-card = Carte d’immatriculation consulaire
doc-kind-life-certificate = Certificat de vie
err-certificate-names-missing = Les noms de la personne ne sont ni vérifiés ni dans son profil : le certificat ne peut être établi. Demandez-lui de compléter son profil.
err-etimbre-unknown = Aucun e-Timbre de ce numéro n’est connu : vérifiez les 16 chiffres du SMS reçu à l’achat.
err-etimbre-used = Cet e-Timbre a déjà payé une demande : chaque code ne paie qu’une seule demande.
case-book-appointment-text = Cette demande vous attend au guichet (biométrie, signature, remise) : réservez-y une heure.
case-book-appointment = Prendre rendez-vous pour cette demande

# The places time zones are named after, as times are labelled: 09:00 (Brussels, GMT+2).
zone-africa-casablanca = Casablanca
zone-europe-paris = Paris
zone-europe-madrid = Madrid
zone-atlantic-canary = Canaries
zone-europe-brussels = Bruxelles
zone-europe-amsterdam = Amsterdam
zone-europe-berlin = Berlin
zone-europe-rome = Rome
zone-europe-london = Londres
zone-europe-zurich = Zurich
zone-europe-lisbon = Lisbonne
zone-europe-stockholm = Stockholm
zone-europe-oslo = Oslo
zone-europe-copenhagen = Copenhague
zone-europe-vienna = Vienne
zone-europe-dublin = Dublin
zone-america-new-york = New York
zone-america-toronto = Toronto
zone-asia-dubai = Dubaï
zone-asia-riyadh = Riyad
zone-asia-qatar = Doha
zone-europe-istanbul = Istanbul
zone-africa-algiers = Alger
zone-africa-tunis = Tunis
zone-africa-dakar = Dakar
zone-africa-abidjan = Abidjan
zone-africa-cairo = Le Caire
zone-australia-sydney = Sydney

# The MRE Services card.
card-title = Carte « Services MRE »
card-valid = Valable du { $from } au { $until }
card-check-at = Vérifiez : { $url }
card-check-scan = Scannez le code pour la vérifier
doc-kind-mre-card = Carte « Services MRE »
err-card-reason = Choisissez la raison : perdue ou volée (et, pour la cellule, retirée).
err-card-revoked-already = Cette carte est déjà révoquée.
cards-title = Mes cartes « Services MRE »
cards-lead = Présentez votre carte aux guichets (le code QR, à l’écran ou imprimé) pour la file et les créneaux prioritaires.
cards-none = Vous n’avez pas encore de carte.
cards-apply = Demander la carte
card-standing-valid = Carte valide
card-standing-expired = Carte expirée
card-standing-revoked = Carte révoquée
card-revoked-on = Révoquée le { $date } : { $reason }.
card-reason-lost = perdue
card-reason-stolen = volée
card-reason-withdrawn = retirée par la cellule
card-reason-replaced = remplacée par une nouvelle carte
card-holder = Titulaire
card-number = Numéro de carte
card-initials = Initiales du titulaire
card-valid-from = Valable à partir du
card-valid-until = Valable jusqu’au
card-issuer = Délivrée par
card-code = Code de vérification du fichier
card-qr-alt = Code QR de votre carte
card-qr-hint = Montrez ce code au guichet ; il se vérifie même sans connexion.
card-download = Télécharger la carte (PDF)
card-lost-title = Carte perdue ou volée ?
card-lost-reason = Raison
card-lost-confirm = Je confirme : la carte sera refusée partout dès maintenant.
card-lost-submit = Révoquer la carte
err-card-confirm = Cochez la case pour confirmer la révocation.
card-check-title = Vérifier une carte « Services MRE »
card-check-lead = Saisissez le numéro de la carte ou le texte de son code QR, envoyez une photo du code, ou scannez-le avec la caméra.
card-check-input = Numéro de carte ou texte du code QR
card-check-input-hint = Par exemple MRE-26-ABCD2345.
card-check-photo = Ou une photo du code QR
card-check-photo-hint = PNG ou JPEG, le code bien net.
card-check-camera = Scanner avec la caméra
card-check-submit = Vérifier
card-check-offline = Hors connexion, un guichet vérifie le code QR avec « nafida verify », les clés publiées (/verify/keys) et la liste signée des cartes révoquées (/cards/revocations/al-hoceima-mre-cell.json).
card-withdraw-title = Retirer cette carte (cellule émettrice)
card-withdraw-submit = Retirer la carte
card-refused-malformed = Ce n’est pas une carte « Services MRE » : le texte ou le code lu n’en est pas une.
card-refused-unknown-key = Refusée : signée avec une clé que la plateforme n’a jamais publiée.
card-refused-tampered = Refusée : la carte a été modifiée, sa signature ne correspond pas.
card-refused-expired = Refusée : la carte a expiré le { $date }.
card-refused-not-yet = Refusée : la carte n’est valable qu’à partir du { $date }.
card-refused-revoked = Refusée : la carte a été révoquée le { $date } ({ $reason }).
card-unknown = Aucune carte de ce numéro.
err-card-photo = Aucun code QR lisible sur cette photo : reprenez-la plus nette, ou saisissez le numéro.
err-card-empty = Saisissez le numéro de la carte, ou envoyez une photo de son code QR.
account-cards = Mes cartes « Services MRE »

# The provincial cell.
follow-title = Dossiers suivis par la cellule
follow-lead = Les demandes en cours des Marocains du monde auprès des administrations de la province ; celles signalées à la cellule d’abord. Chaque ouverture est inscrite dans l’historique que la personne voit.
follow-none = Aucun dossier à suivre pour le moment.
follow-case = Demande
cell-does-title = Ce que fait la cellule
cell-does-receive = Elle vous reçoit et vous oriente toute l’année, pendant votre séjour comme depuis l’étranger.
cell-does-follow = Elle suit vos dossiers auprès des administrations de la province et leur demande d’agir quand ils tardent.
cell-does-card = Elle délivre la carte « Services MRE » (file et créneaux prioritaires).
cell-does-file = Au guichet, un agent peut déposer une demande pour vous, avec votre accord.
cell-ask = Demander l’aide de la cellule
cell-book-hint = Pour venir, prenez rendez-vous ci-dessous ; l’adresse et les horaires restent à confirmer auprès de la province.
nav-cell = La cellule des Marocains du monde
nav-card-check = Vérifier une carte MRE
coordination-title = Demande de coordination de la cellule
coordination-lead = Demandez à l’administration qui traite ce dossier d’agir, avec un délai ; sa réponse s’inscrit dans l’historique que la personne voit.
coordination-question = Ce que la cellule demande
coordination-days = Délai de réponse (jours ouvrables, 1 à 30)
coordination-submit = Envoyer la demande
coordination-from = Demande de { $org }
coordination-done = Fait
coordination-scheduled = Programmé (la réponse dit quand)
coordination-not-possible = Impossible (la réponse dit pourquoi)
event-coordination-requested = La cellule { $org } a demandé à l’administration d’agir
event-coordination-answered = Réponse de { $who } à la cellule
err-coordination-days = Donnez un délai de 1 à { $count } jours ouvrables.
err-coordination-closed = Ce dossier est clos : il n’y a plus rien à coordonner.

# The reception desk.
reception-title = Accueil de la cellule
reception-hall-link = Écran de la salle d’attente
reception-waiting = En attente
reception-served = Servis aujourd’hui
reception-absent = Absents à l’appel
reception-average-wait = Attente moyenne aujourd’hui
reception-issue = Donner un ticket
reception-service = Service demandé
reception-card = Carte « Services MRE » (facultatif)
reception-card-hint = Son numéro : le titulaire d’une carte valide passe en priorité.
reception-issue-submit = Imprimer le ticket
reception-call = Mon guichet
reception-counter = Nom du guichet
reception-call-next = Appeler le suivant
reception-mark-served = Servi
reception-mark-absent = Absent
reception-queue = File d’attente
reception-nobody = Personne n’attend.
reception-priority = Prioritaire (carte MRE)
reception-ticket-hint = Gardez ce ticket : votre numéro s’affichera sur l’écran de la salle.
reception-service-information = Information et orientation
reception-service-cell-request = Un problème avec une administration
reception-service-mre-card = Carte « Services MRE »
reception-service-assisted-filing = Déposer une demande avec un agent
hall-title = Cellule des Marocains du monde
hall-ticket = Ticket
hall-counter = Guichet
hall-none = Aucun ticket appelé pour le moment
err-ticket-card-invalid = Cette carte n’est pas valide aujourd’hui (inconnue, expirée ou révoquée) : le ticket ne peut pas être prioritaire.
err-ticket-counter = Donnez le nom du guichet (1 à 20 caractères).
err-ticket-not-called = Ce ticket n’est pas appelé : rien n’a changé.
reception-ahead = { $count ->
    [0] Personne devant vous
    [one] Une personne devant vous
   *[other] { $count } personnes devant vous
}
reception-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
hall-waiting = { $count ->
    [0] Personne n’attend
    [one] 1 personne attend
   *[other] { $count } personnes attendent
}
hall-wait = Attente moyenne : { $count } min
reception-called = Derniers appelés
reception-status-called = appelé
reception-status-served = servi
reception-status-absent = absent
reception-status-waiting = en attente
lane-title = La voie rapide dans la province (12 derniers mois)
lane-fast = Demandes décidées en voie rapide
lane-other = Demandes décidées hors voie rapide
lane-share = Part de la voie rapide
lane-fast-days = Délai moyen en voie rapide (jours)
lane-other-days = Délai moyen hors voie rapide (jours)

## Dépôt accompagné à la cellule provinciale
assist-title = Déposer pour un visiteur
assist-lead = Déposez une demande dans la procédure de n’importe quelle administration pour un visiteur sans compte, avec son consentement. Il repart avec un récépissé imprimé et un code pour rattacher plus tard la demande à son propre compte.
assist-choose = Choisissez la procédure
assist-unclaimed = Demandes déposées pour des visiteurs, pas encore rattachées
assist-unclaimed-none = Toutes les demandes déposées pour des visiteurs ont été rattachées.
assist-visitor = Le visiteur
assist-visitor-hint = Son nom tel que sur sa pièce d’identité, et son pays de résidence. Rien d’autre n’est conservé à son sujet en dehors de la demande.
assist-visitor-name = Nom complet
assist-visitor-country = Pays de résidence
assist-visitor-phone = Numéro de téléphone
assist-visitor-email = Adresse e-mail
assist-visitor-email-hint = Si elle est donnée, le code de rattachement y est aussi envoyé.
assist-consent = Consentement
assist-consent-statement = Lisez ceci au visiteur : « La cellule provinciale dépose cette demande pour vous et conserve avec elle votre nom et vos coordonnées, pour la suivre auprès de l’administration. Vous pouvez à tout moment la rattacher à votre propre compte, et demander l’effacement de vos données. »
assist-consent-signed = A signé le formulaire de consentement de la cellule
assist-consent-in-person = A consenti en personne devant l’agent
assist-consent-agrees = Le visiteur a entendu ceci et consent.
assist-claim-title = Suivre cette demande depuis votre propre compte
assist-claim-text = Créez un compte (ou connectez-vous) sur { $url }, puis saisissez la référence ci-dessus et ce code :
assist-claim-until = Le code est valable jusqu’au { $date }, une seule fois.
assist-claim-mailed = Le code a aussi été envoyé à l’adresse e-mail du visiteur.
assist-reprint = Imprimer le récépissé avec un nouveau code
assist-reprint-hint = Le code n’apparaît qu’à l’impression du récépissé ; une nouvelle impression donne un nouveau code et le précédent cesse de fonctionner.
assist-track = Sans compte, la demande se suit sur { $url } avec sa référence.
assist-another = Déposer une autre demande
event-filed-for-visitor = Déposée au guichet de { $org } pour le demandeur, avec son consentement
event-claimed = Rattachée au propre compte du demandeur
err-visitor-name = Saisissez le nom complet du visiteur (2 à 120 caractères).
err-visitor-consent = Indiquez comment le visiteur a consenti et cochez qu’il consent : rien n’est déposé sans son consentement.
err-claim-unknown = Ce code ne correspond pas à cette référence, ou il a déjà servi ou a expiré. Demandez une nouvelle impression à la cellule.
err-claim-rate-limited = Trop de tentatives. Réessayez dans une heure.
claim-title = Rattacher une demande déposée pour moi
claim-lead = Une cellule provinciale a déposé une demande pour vous à son guichet : saisissez sa référence et le code imprimé sur votre récépissé pour la suivre depuis ce compte.
claim-reference = Référence de la demande
claim-code = Code de rattachement
claim-code-hint = Douze lettres et chiffres, tels qu’imprimés (par exemple ABCD-EFGH-JK23).
claim-submit = Rattacher
mail-claim-subject = Votre demande { $reference } : suivez-la depuis votre compte
mail-claim-body = { $cell } a déposé votre demande « { $procedure } » sous la référence { $reference }.

    Pour la suivre depuis votre propre compte, connectez-vous (ou créez un compte) et saisissez la référence et ce code : { $code }

## Les chiffres du gouverneur
fig-title = Les chiffres de la province
fig-choose-month = Mois
fig-show = Afficher
fig-download-pdf = Rapport mensuel (PDF scellé)
fig-download-csv = Chiffres (CSV)
fig-pdf-hint = Le PDF est scellé au nom de la province tels que sont les chiffres à son téléchargement, et se vérifie sur /verify.
fig-month = Le mois
fig-late-hint = En retard : traitée après son délai légal, compté sur les jours ouvrables de chaque administration.
fig-by-org = Par administration
fig-none = Aucune demande ce mois-ci.
fig-seasons = L’été et le reste de l’année
fig-seasons-lead = Le mois moyen de l’été (juin à septembre, quand les Marocains du monde rentrent) face au mois moyen du reste de l’année, sur les douze derniers mois : le service doit tenir toute l’année.
fig-per-month = Un mois moyen
fig-months = { $count ->
    [one] un mois
   *[other] { $count } mois
}
fig-col-filed = Déposées
fig-col-decided = Traitées
fig-col-on-time = Dans le délai
fig-col-late = En retard
fig-col-overdue = En retard ce jour
fig-col-escalated = Signalées ce jour
fig-col-summer = Été
fig-col-rest = Reste de l’année
fig-chart-monthly = Les demandes mois par mois
fig-chart-monthly-desc = Demandes déposées et traitées chacun des douze derniers mois, les mois d’été sur fond coloré.
fig-chart-orgs = Décisions du mois par administration
fig-chart-orgs-desc = Pour chaque administration, les demandes traitées ce mois dans leur délai légal et en retard.
fig-filed = Demandes déposées
fig-decided = Demandes traitées
fig-on-time = Traitées dans le délai
fig-average-days = Jours moyens de traitement
fig-open = En cours ce jour
fig-overdue = En cours hors délai
fig-escalated = Signalées aux chefs
fig-escalated-cell = Signalées à la cellule
fig-complaints = Réclamations déposées
fig-answered = Réclamations répondues
fig-visitors = Visiteurs reçus
fig-served = Visiteurs servis
fig-absent = Visiteurs absents à l’appel
fig-wait = Attente moyenne (minutes)
fig-fast-share = Part de la voie rapide
fig-fast-days = Jours : voie rapide / autres
fig-other-orgs = Autres administrations
fig-report-title = Rapport mensuel — { $month }
fig-as-of = Chiffres au { $date }
err-figures-month = Choisissez l’un des mois proposés : les chiffres des douze derniers mois peuvent être lus.
doc-kind-monthly-report = Rapport mensuel de la province
reception-file-for = Déposer une demande pour ce visiteur

## La commission d’un permis
commission-title = Les avis de la commission
commission-lead = Le dossier a été envoyé à chaque organisme en même temps ; chacun rend son avis avant sa propre date. Un avis conforme doit être rendu, et non défavorable, avant que le permis puisse être décidé.
commission-binding = Avis conforme
commission-late = En retard
commission-awaited = Attendu avant le { $date }
commission-question = L’avis de la commission sur ce dossier : favorable, favorable sous conditions (précisez-les) ou défavorable (précisez les motifs).
err-commission-no-province = Cette administration ne relève d’aucune province : les organismes de la commission sont introuvables.
err-commission-body-missing = La province n’a pas de { $kind } à consulter : le dossier ne peut pas passer en commission.
err-binding-pending = Un avis conforme est encore attendu : { $org }.
err-binding-unfavourable = Avis conforme défavorable : { $org }. Le permis ne peut pas être accordé ; refusez-le avec ses motifs.
org-kind-urban-agency = agence urbaine
org-kind-civil-protection = protection civile
org-kind-urbanism-service = service de l’urbanisme
org-kind-commune = commune
org-kind-other = administration de ce type

## Le document du permis
doc-kind-permit = Autorisation d’urbanisme
doc-field-owner = Propriétaire
doc-field-land = Titre foncier ou terrain
doc-field-commune = Commune
doc-field-floor-area = Surface couverte
doc-field-plans = Plans autorisés
doc-field-conditions = Conditions de la commission
doc-field-validity = Validité
doc-permit-no-conditions = Aucune
doc-permit-validity = Les travaux doivent commencer avant le { $date } (loi 12-90 ; à confirmer)
doc-permit-president = Le Président du Conseil communal
permit-stats-title = Le délai des permis, commune par commune
permit-stats-lead = Toutes les autorisations d’urbanisme et licences décidées sur Nafida, par commune : du jour où le dossier était complet (envoyé en commission, ou déposé s’il n’y en a pas) à la décision, et combien ont été décidées dans leur délai légal. Aucun nom ni aucune demande n’apparaît.
permit-stats-decided = Décidés
permit-stats-median = La moitié décidée en (jours)
permit-stats-p90 = 9 sur 10 décidés en (jours)
permit-stats-on-time = Dans le délai légal
permit-stats-privacy = Les chiffres ne sont que des nombres et des durées, sans aucune donnée personnelle ; une commune de moins de 5 décisions est fusionnée avec d’autres ou masquée.
stats-other-communes = Autres communes
stats-all-communes = Toutes les communes
err-tax-area-missing = Indiquez la surface couverte en m² entiers : la taxe sur les opérations de construction en est calculée.
err-tax-rate-missing = Cette commune n’a pas encore de taux de taxe sur les opérations de construction : le service de l’urbanisme l’enregistre avant la signature.

## Architectes
architect-title = Je suis architecte
architect-lead = Les permis de construire sont déposés par un architecte inscrit à l’Ordre national des architectes (loi 12-90). Indiquez votre numéro d’inscription : un agent de l’urbanisme le vérifie une fois au tableau de l’Ordre, puis vous déposez pour les propriétaires qui vous donnent mandat.
architect-checked = Votre numéro d’inscription { $number } a été vérifié : vous pouvez déposer des permis de construire.
architect-pending = Votre numéro attend la vérification d’un agent de l’urbanisme ; vous pouvez encore le corriger.
architect-number = Numéro d’inscription à l’Ordre
architect-number-hint = Tel que sur votre carte de l’Ordre (lettres, chiffres, / ou -).
architect-submit = Enregistrer mon numéro
architects-title = Architectes à vérifier
architects-lead = Vérifiez chaque numéro au tableau de l’Ordre national des architectes ; une fois vérifié, l’architecte dépose des permis de construire partout.
architects-none = Aucun numéro n’attend de vérification.
architects-name = Nom
architects-declared = Déclaré le
architects-check = Inscrit au tableau : confirmer
err-architect-number = Indiquez votre numéro d’inscription : 2 à 20 lettres, chiffres, / ou -.
err-architect-number-taken = Ce numéro d’inscription est déjà déclaré par un autre compte.
err-architect-checked = Ce numéro d’inscription a déjà été vérifié.
err-architect-required = Cette démarche est déposée par un architecte inscrit à l’Ordre (loi 12-90) : déclarez et faites vérifier votre numéro dans « Je suis architecte », ou demandez à votre architecte de la déposer.
mandates-title = Mandats à mon architecte
mandates-lead = Votre architecte dépose votre permis pour vous. Donnez-lui votre mandat ici, où que vous viviez : aucun papier à légaliser ni à envoyer. Dès son dépôt, la demande apparaît dans vos demandes et vous suivez chaque avis de la commission.
mandates-architect = Architecte
mandates-procedure = Démarche
mandates-land = Titre foncier ou référence du terrain
mandates-given = Donné le
mandates-state = État
mandates-filed = Déposée : { $reference }
mandates-revoked = Révoqué
mandates-open = Pas encore déposée
mandates-revoke = Révoquer
mandates-give = Donner un mandat
mandates-number = Le numéro d’inscription de votre architecte à l’Ordre
mandates-number-hint = Demandez-le à votre architecte : il figure sur sa carte de l’Ordre. L’architecte doit l’avoir fait vérifier sur Nafida.
mandates-consent = En donnant ce mandat, vous autorisez cet architecte à déposer cette démarche pour ce terrain en votre nom ; vous pouvez le révoquer tant qu’elle n’est pas déposée.
mandates-submit = Donner le mandat
mail-mandate-subject = { $owner } vous a donné un mandat
mail-mandate-body = { $owner } vous a donné, sur Nafida, le mandat de déposer « { $procedure } » pour le terrain { $land }.

    Choisissez ce mandat dans le formulaire lors du dépôt.
start-mandate-online = Le mandat du propriétaire
start-mandate-online-hint = Le propriétaire vous donne son mandat en ligne, depuis son propre compte (« Mandats à mon architecte ») ; il suit ensuite la demande depuis son compte.
start-mandate-none = Aucun propriétaire ne vous a encore donné de mandat pour cette démarche : demandez au propriétaire de le donner depuis son compte, dans « Mandats à mon architecte ».
case-owner-mandate = Déposée par l’architecte pour { $owner }, sous le mandat donné en ligne.
err-mandate-architect-unknown = Aucun architecte avec ce numéro d’inscription n’a été vérifié sur Nafida : vérifiez le numéro avec votre architecte.
err-mandate-self = Vous ne pouvez pas vous donner un mandat à vous-même.
err-mandate-procedure = Choisissez la démarche.
err-mandate-land = Indiquez le titre foncier ou la référence du terrain (2 à 120 caractères).
err-mandate-used = Ce mandat a déjà servi pour une demande, ou a été révoqué : il ne peut plus être révoqué.
err-mandate-required = Choisissez le mandat que le propriétaire vous a donné pour cette démarche (non encore utilisé).
plans-title = Plans
plans-plan = Plan
plans-version = Version
plans-file = Fichier
plans-version-n = { $count ->
    [one] version { $count }
   *[other] version { $count }
}
plans-superseded = remplacé
plans-current = en vigueur
plans-correct = Déposer un plan rectifié
plans-correct-hint = Choisissez seulement les plans que vous rectifiez : chacun devient une nouvelle version, les précédentes restent au dossier. Un PDF par plan, jusqu’à { $count } Mo.
plans-correct-submit = Déposer les plans rectifiés
plans-hint = Un PDF par plan, signé, jusqu’à { $count } Mo chacun ; les grands plans sont reçus au fil de l’envoi.
event-plans-filed = { $count ->
    [one] Un plan rectifié a été déposé
   *[other] { $count } plans rectifiés ont été déposés
}
err-plan-required = Le plan « { $plan } » manque au dossier que ce projet exige.
err-plan-too-large = Le plan « { $plan } » dépasse { $limit } Mo : réduisez-le (résolution, calques) et envoyez-le à nouveau.
err-plan-not-pdf = Le plan « { $plan } » n’est pas un fichier PDF complet.
err-plan-one-file = Envoyez le plan « { $plan } » en un seul fichier PDF.
err-plan-none = Choisissez au moins un plan rectifié.
err-plans-closed = Plus aucun plan ne peut être déposé sur cette demande : elle a été décidée.
opinion-files = Les plans et pièces du dossier
markups-title = Fichiers annotés
markups-label = Fichiers annotés :
markups-hint = Annotez les plans (ce qui est à reprendre, ce qui n’est pas admis) et déposez le PDF annoté avec votre avis : le demandeur et le service de l’urbanisme le voient à côté. Jusqu’à { $count } Mo.
markup-file = PDF annoté
markups-submit = Déposer le fichier annoté
event-markup-filed = Fichier annoté déposé avec l’avis — { $who }
meeting-title = Réunion de la commission
meeting-schedule = Programmer la réunion de la commission
meeting-move = Déplacer la réunion de la commission
meeting-day-label = Jour
meeting-time-label = Heure (Maroc)
meeting-place-label = Lieu
meeting-submit = Enregistrer la réunion
event-meeting-scheduled = La commission examinera le dossier en sa réunion du { $when }
err-meeting-day = Choisissez un jour entre demain et six mois.
err-meeting-time = Indiquez l’heure sous la forme HH:MM.
err-meeting-place = Indiquez le lieu (2 à 200 caractères).
err-meeting-not-now = La réunion se programme quand le dossier est en commission, pour les projets qui en demandent une.
err-appointment-visit-not-now = La visite de conformité se réserve une fois le dossier contrôlé par le service de l’urbanisme, qui la demande.
err-visit-not-done = La visite de conformité n’a pas encore eu lieu : enregistrez-la d’abord à son rendez-vous.
architect-mandates = Les mandats qui vous sont donnés
architect-mandates-owner = Propriétaire
architect-mandates-file = Déposer cette demande
event-request-listed = Pièces demandées : { $documents }
event-request-unlisted = Également demandé, hors de la liste : { $document } — motif : { $reason }
case-withdraw-confirm = Je confirme : retirer ma demande (elle ne sera plus traitée ; c’est définitif).
check-revoke-confirm = Je confirme la révocation : le document apparaîtra révoqué à quiconque le vérifie, définitivement.
err-withdraw-confirm = Cochez la case pour confirmer le retrait.
err-revoke-confirm = Cochez la case pour confirmer la révocation.
case-refused-title = Votre demande a été refusée
case-refused-grounds = Les motifs de l’administration :
case-refused-appeal = Vous pouvez former un recours : comment et jusqu’à quand
pay-declined = Votre paiement a été refusé : rien n’a été prélevé. Réessayez, au besoin avec une autre carte, ou payez au guichet.
next-pay = À faire : payer, pour que le bureau la traite
next-book-visit = À faire : réserver la visite de conformité
next-rate = À faire : noter la réponse
dashboard-waiting = { $count ->
    [one] Une demande attend quelque chose de vous
   *[other] { $count } demandes attendent quelque chose de vous
}
dashboard-nothing-waiting = Rien ne vous attend : les administrations traitent vos demandes.
staff-counts = Les demandes ouvertes de votre administration
staff-count-open = { $count ->
    [one] { $count } demande ouverte
   *[other] { $count } demandes ouvertes
}
staff-count-mine = { $count ->
    [one] { $count } qui vous est attribuée
   *[other] { $count } qui vous sont attribuées
}
staff-count-overdue = { $count ->
    [one] { $count } hors du délai légal
   *[other] { $count } hors du délai légal
}
staff-count-due-soon = { $count ->
    [one] { $count } à échéance dans deux jours
   *[other] { $count } à échéance dans deux jours
}
staff-count-escalated = { $count ->
    [one] { $count } signalée à la hiérarchie
   *[other] { $count } signalées à la hiérarchie
}
start-office-none = Aucun bureau ne correspond à « { $query } » : vérifiez l’orthographe (en arabe ou en latin), ou cherchez par ville.
start-office-none-all = Voir tous les bureaux
event-viewed-times = { $count ->
    [one] Dossier consulté par { $who }
   *[other] Dossier consulté { $count } fois par { $who }, à moins d’une demi-heure d’intervalle
}
case-next-deadline = Prochaine échéance :
case-next-deadline-answer = la réponse à la demande
case-next-deadline-opinion = l’avis de { $org }
case-actions = Ce que vous pouvez faire
case-actions-decide = Décider
case-actions-ask = Consulter et écrire
case-actions-organise = Organiser le travail
start-from-profile = Repris de votre profil ; modifiez-le si la demande concerne une autre personne.
case-timeline-earlier = { $count ->
    [one] Un évènement antérieur — afficher
   *[other] { $count } évènements antérieurs — afficher
}
help-title = Aide
help-lead = Les réponses aux questions les plus posées. Chaque procédure a aussi les siennes sur sa page.
help-topics = Thèmes
help-more = Vous n’avez pas trouvé la réponse ?
contact-title = Contact
contact-lead = À chaque question son interlocuteur : l’administration qui traite votre demande, votre consulat, ou la cellule provinciale des Marocains du monde.
contact-help = Les questions les plus posées et leurs réponses.
contact-request = Sur une demande déposée : écrivez depuis sa page, votre message arrive à l’administration qui la traite.
contact-consulates = L’adresse, les horaires et le téléphone de votre consulat.
contact-complaint = Sur un service qui n’a pas été à la hauteur : déposez une réclamation, avec ou sans compte.
contact-cells = Les cellules provinciales des Marocains du monde
contact-cells-lead = Elles vous reçoivent toute l’année et suivent vos dossiers auprès de toutes les administrations.
contact-administrations = La page de contact de chaque administration
contact-administrations-lead = Ce que nous savons d’elle : où elle est, ce qu’elle traite, comment lui écrire par Nafida.
org-kind = Type
org-town = Ville
org-parent = Relève de
org-post-page = L’adresse, les horaires, le téléphone et les services sont sur la page du poste consulaire :
org-post-page-link = page du poste
org-cell-page = Ce que fait la cellule et comment elle vous reçoit :
org-cell-page-link = page de la cellule
org-no-address = L’adresse et le téléphone de cette administration ne sont pas encore dans nos données ; écrivez-lui par Nafida comme indiqué ci-dessous.
org-write = Lui écrire
org-write-request = Sur une demande déposée : depuis la page de la demande.
org-write-complaint = Pour une réclamation la concernant :
org-write-cell = Pour demander l’aide de la cellule provinciale sur un dossier chez elle :
org-write-cell-link = demander de l’aide
org-procedures = Ce qu’elle traite
org-children = Ses services
procedure-questions = Questions fréquentes
procedure-questions-all = Toutes les questions
kind-commune-plural = Communes
kind-civil-status-office-plural = Bureaux d’état civil
kind-urbanism-service-plural = Services de l’urbanisme
kind-consular-post-plural = Postes consulaires
kind-province-plural = Provinces
help-link-signup = Créer un compte
help-link-complaints-new = Déposer une réclamation
help-link-verify = Vérifier un document
help-link-track = Suivre une demande
help-link-password-forgot = Mot de passe oublié
help-link-account-profile = Mon profil
help-link-cases = Mes demandes
help-link-catalogue = Les démarches
help-link-privacy = Données personnelles
help-link-consulates = Les consulats
help-link-cell = La cellule provinciale
help-link-catalogue-cell-request = Demander l’aide de la cellule
help-link-account-mandates = Mes mandats
mediateur-export-pdf = Télécharger le dossier à lire (PDF)
mediateur-pdf-title = Dossier de réclamation pour le Médiateur du Royaume
mediateur-pdf-exported = Extrait le { $when }
mediateur-pdf-reference = Référence
mediateur-pdf-procedure = Procédure
mediateur-pdf-filed = Déposée le
mediateur-pdf-answers = La demande telle que déposée
mediateur-pdf-rating = Note de la réponse
mediateur-pdf-files-note = Le contenu de ces fichiers est dans l’export JSON qui accompagne ce dossier.
mediateur-pdf-page = Page {"{"}n{"}"} sur {"{"}total{"}"}
queue-by-status = Filtrer par étape
account-no-requests = Vous n’avez encore déposé aucune demande.
account-requests = { $count ->
    [0] Mes demandes
    [one] Mes demandes (une demande)
   *[other] Mes demandes ({ $count } demandes)
}
event-mediateur-export-times = { $count ->
    [one] Dossier complet exporté pour le Médiateur
   *[other] Dossier complet exporté pour le Médiateur ({ $count } fois)
}
err-files-unavailable = Les fichiers ne peuvent pas être enregistrés pour le moment. Rien n’a été enregistré et ce que vous avez saisi est conservé : choisissez à nouveau les fichiers et renvoyez dans quelques minutes.
