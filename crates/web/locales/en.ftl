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
