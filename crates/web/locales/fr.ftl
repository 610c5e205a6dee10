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
