package extract

import "strings"

// The lexicon of the rules: title heads, event triggers, position topics and
// cues, in French, English and Spanish. Every pattern works on the folded,
// lower-cased view (accents removed, typographic quotes mapped to ASCII).

// headRe matches the head of an official title; longer alternatives first.
var headRe = mk(`\b(?:` +
	// French
	`plenipotentiaire|chef du protocole|procureure? generale?|coordonnat(?:eur|rice)s? speciale?s?|coordonnat(?:eur|rice)|coordinat(?:eur|rice)|representante?|celui|celle|wali|gouverneure?|` +
	`chef de la junte|chef de la transition|president de la transition|presidente de la transicion|jefe de la junta|` +
	`chef du departement (?:federal )?des affaires etrangeres|cheffe du departement (?:federal )?des affaires etrangeres|conseillere? federale?|` +
	`vice-premiere? ministre|vice premiere? ministre|premiere? ministre|chef du gouvernement|chef de gouvernement|` +
	`ministre d'etat|ministre delegue(?:e)?|vice-ministre|ministre|` +
	`secretaire parlementaire|secretaire d'etat adjointe?|sous-secretaire d'etat|secretaire d'etat|secretaire generale? adjointe?|secretaire generale?|secretaire executive?|sous-secretaire|` +
	`chambellan|chef de la mission diplomatique|chef de mission diplomatique|chef de mission|cheffe de mission|nonce apostolique|nonce|haute?-commissaire|haute? commissaire|haute? representante?|representante? permanente?|representante? speciale?|ambassadrice|ambassadeur|chargee? d'affaires|consule? generale?|consule?|` +
	`chef de l'etat|chef d'etat|vice-presidente?|presidente?|roi|reine|souverain|emir|prince heritier|sultan|` +
	`directeur general adjoint|directrice generale adjointe|directeur general|directrice generale|directeur|directrice|` +
	`conseillere?|porte-parole|chef de la delegation|cheffe de la delegation|chef de delegation|chef de cabinet|cheffe de cabinet|envoyee? speciale?|envoyee? personnelle?|envoyee?|chef de la diplomatie|cheffe de la diplomatie|homologue|commissaire|` +
	// English
	`head of the (?:federal )?department of foreign affairs|plenipotentiary|chief of protocol|governor|attorney general|attorney-general|special coordinator|coordinator|solicitor general|head of (?:the )?public service|` +
	`tanaiste|taoiseach|deputy speaker|speaker|deputy prime minister|vice prime minister|vice-prime minister|alternate prime minister|prime minister|head of government|head of state|deputy foreign minister|vice foreign minister|foreign minister|foreign secretary|` +
	`international relations and co-?operation (?:\(dirco\) )?minister|` +
	`assistant foreign minister|assistant minister|deputy minister|vice minister|minister of state|minister delegate|minister|deputy secretary of state|deputy secretary|under secretary|undersecretary|` +
	`parliamentary secretary|assistant secretary of state|assistant secretary|secretary of state|secretary-general|secretary general|executive secretary|secretary|` +
	`ambassador|charge d'affaires|consul general|consul|deputy chairman|vice chairman|vice-chairman|chairman|vice president|president|king|queen|emir|amir|crown prince|sultan|chancellor|` +
	`pm|fm|senior special assistant|special assistant|personal assistant|chairperson|chief of staff|head of delegation|head of the delegation|deputy director-general|director-general|director general|director|senior policy advisor|senior policy adviser|senior advisor|senior adviser|policy advisor|policy adviser|adviser|advisor|chief executive|ceo|managing director|spokesperson|spokesman|spokeswoman|` +
	`head of mission|chamberlain|apostolic nuncio|nuncio|special envoy|personal envoy|envoy|high commissioner|high representative|cabinet secretary|permanent representative|special representative|counterpart|chief of diplomacy|top diplomat|commissioner|` +
	// Spanish
	`chambelan|jefe de mision diplomatica|jefa de mision diplomatica|jefe de mision|jefa de mision|plenipotenciari[oa]|jefe de protocolo|procurador general|procuradora general|fiscal general|coordinador especial|coordinadora especial|coordinador|coordinadora|jefa de protocolo|gobernador|gobernadora|` +
	`titular de (?:la cartera de |la secretaria de |el ministerio de )?(?:relaciones exteriores|asuntos exteriores|exteriores)|titular de la cancilleria|titular de la misma cartera|titular del|titular de|` +
	`vicepresidenta primera|vicepresidente primero|vicepresidenta|vicepresidente|presidenta del gobierno|presidente del gobierno|presidenta|presidente|` +
	`expresidenta|expresidente|exvicepresidenta|exvicepresidente|excancillera|excanciller|exministra|exministro|exembajadora|exembajador|exprimera ministra|exprimer ministro|` +
	`vice primer ministro|vice primera ministra|mandataria|mandatario|vicecancillera|vicecanciller|viceprimera ministra|viceprimer ministro|primera ministra|primer ministro|alto comisionado|alta comisionada|jefe del gobierno|jefa del gobierno|viceministra|viceministro|ministra delegada|ministro delegado|ministra de estado|ministro de estado|ministra|ministro|canciller|` +
	`secretaria de relaciones exteriores|secretario de relaciones exteriores|secretaria de estado|secretario de estado|secretaria parlamentaria|secretario parlamentario|secretaria general|secretario general|secretaria ejecutiva|secretario ejecutivo|subsecretaria|subsecretario|secretario|jefe de asesores|jefa de asesores|embajadora|embajador|encargad[oa] de negocios|consul general|consul|` +
	`nuncio apostolico|alto representante|alta representante|jefe de estado|jefa de estado|jefe del estado|rey|reina|principe heredero|directora general|director general|asesora?|portavoz|jefe de gabinete|jefa de gabinete|jefe de la delegacion|jefa de la delegacion|jefe de delegacion|jefa de delegacion|administrador general|administradora general|consejera|consejero|enviad[oa] especial|enviad[oa] personal|homologa|homologo|su par|colega|representante permanente|jefe de la diplomacia|jefa de la diplomacia|comisari[oa]|el de|la de` +
	`)\b`)

// betweenWords are the lower-case words allowed inside a title between its
// head and the name (complements of ministries, prepositions, modifiers).
// Capitalised words, demonyms and state names are always allowed.
var betweenWords = setOf(`de des du d l la le les et a aux au en of the for and y del el los las al sein seno within police policia interim interino interina sustituto sustituta relaciones internacionales internationales relations international pais pays country ese esa este esta ce cet cette
	rural durable animales halieutiques hydrauliques urbanisme logement habitat mines petrole hydrocarbures infrastructures budget famille femme femmes enfant enfance protection civile reforme administrative territoriale decentralisation cohesion sociale reconciliation paix sceaux telecommunications postes recherche scientifique superieur enseignement professionnelle artisanat loisirs sport aviation marine marchande assainissement climat renouvelables securite interieure administration territoire amenagement entrepreneuriat jeunes moyennes petites entreprises maritime eaux forets faune chasse elevage vivriere alimentaire nutrition hygiene sociales humanitaire comercio turismo hacienda credito publico desarrollo social vivienda salud educacion trabajo seguridad defensa gobernacion agricultura ganaderia pesca medio ambiente energia minas obras publicas transporte comunicaciones cultura deporte mujer igualdad justicia planificacion economia finanzas inclusion ciencia tecnologia innovacion security science technology innovation climate mining infrastructure housing labour labor employment women children youth fisheries livestock sanitation treasury investment
	centroamericano centroamericana sudamericano sudamericana suramericano suramericana latinoamericano latinoamericana caribeno caribena antillano antillana andino andina africano africana asiatico asiatica europeo europea magrebi insular
	africain africains sud-americain sud-americaine latino-americain latino-americaine caribeen caribeenne antillais antillaise asiatique europeen maghrebin maghrebine sahelien sahelienne ouest-africain ouest-africaine
	militaire militar military transition transicion souverainete soberania sovereignty souverain souveraine soberano presidentiel presidentielle
	sortant sortante saliente outgoing designe designee designado designada designate presidencia presidence presidency communaute comunidad community democrata democrate democrat republicano republicana republicain republicaine republican emirat emirate emirato
	charge chargee chargees aupres pres diplomatique diplomatic diplomatico diplomatica special speciale especial gouvernement government gobierno resident residente residents residentes residant residantes etranger exterior extranjero abroad
	affaires etrangeres etrangere exterieures cooperation africaine africaines internationale international relations foreign affairs
	asuntos exteriores relaciones union europea europeenne european commonwealth development developpement
	economie economy finances finance interieur interior justice defense defence sante health education commerce trade industrie industry
	agriculture peche tourisme tourism culture energie energy transport transports equipement environnement environment emploi travail
	commission commissions comision comisiones committee comite cancilleria chancellerie ordenes ceremonial responsibility responsible responsable productive sector sectors secteur secteurs private prive privado co-operation co-operative operation communication jeunesse sports habous islamiques investissement investissements numerique digital transition
	exterieur exterieurs exterieure integration diaspora diasporas coordination partenariat promotion solidarite
	para pour derechos humanos droits homme human rights refugies refugiados refugees
	with avec charge office oficina cabinet gabinete s capitaine captain capitan colonel coronel commandant
	province provincia wilaya prefecture prefectura resources ressources recursos water eau agua
	bloque bloc organisation organizacion organization alianza alliance regional regionale continentale
	from desde expatriates expatries expatriados emigrants emigres emigrantes
	to in ante cerca accredited accredite accreditee acreditado acreditada non-resident non resident
	nationale national nacional populaire popular federale federales federal federaux
	europeen europeens europeennes culturel culturels culturelle culturelles institutions cultes culto worship francophonie
	regional regionale regionales dialogue politique politiques publique publiques overseas territories outre-mer
	ministere ministry ministerio departement department departamento direction direccion division secretariat
	ambassade embajada embassy consulat consulado consulate representacion representation diplomatica
	communautes communities comunidades migrations migration migraciones
	nuestro nuestra notre our
	politiques politique political politica politicas politicos economiques economique economic economica multilaterales multilateral
	bilaterales bilateral consulaires consulaire consular juridiques juridique legal protocole protocol protocolo
	americaines ameriques americas asie asia europe europa afrique africa moyen-orient oriente middle east nord norte north sud sur south
	regionale regional outre-mer francophonie planification planning commonwealth
	general generale generaux adjoint adjointe adjunto adjunta delegue deleguee special speciale especial personal personnel personnelle
	permanent permanente principal senior executive executif first premier primero primera deputy vice sous under assistant
	state etat estado estat kingdom royaume reino republic republique republica federal federale
	plenipotentiaire plenipotentiary extraordinaire extraordinary extraordinario plenipotenciario itinerant
	nouveau nouvelle new nuevo nueva designe designee designated appointed nomme nommee designada designado designados designadas nombrada nombrado
	m mr mrs ms mme dr pr prof h e s hon honourable honorable senator senateur senador cardinal sheikh cheikh excellence excellency dato datuk datin seri
	son sa his her su majeste majesty majestad s.m sm hm monsieur madame senor senora don dona
	ue eu onu un asuntos cooperacion africa africana iberoamerica iberoamericana exteriores
	nation nacion representants representatives representantes deputes diputados conseillers consejeros senateurs senadores amitie friendship amistad parlementaire parliamentary parlamentario parlamentaria`)

// complementStart are the words that may open a comma-separated continuation
// of a title ("…, de la Coopération africaine et des Marocains résidant…").
var complementStart = setOf(`de des du d of for and et y del chargee charge aupres pres en`)

// nameStop are capitalised words that never start or continue a person name.
var nameStop = setOf(`docteur doctor doctora then afterwards thereafter puis ensuite officer officers centre center resource resources ministres consulares migratorios fuerzas armadas manzana duche commissioners messieurs mesdames strategic plans reales ejercito staff comunista comunistas communist communiste despues incluso deja honorario honoraria honorary honoraire comandante commandant sherpa neighborhood neighbourhood corps counsellor counselor councilor councillor alterna alterno alternate lic ambassadors ambassadeurs embajadores embajadoras iberoamericano iberoamericana iberoamericanos iberoamericanas latinoamericano latinoamericana humana humano humanos humanas humaine humaines human partido parti party democratico democratica democratique democratic fundador fundadora fondateur fondatrice founder gen retd lt brig col adm capt lieutenant colonel brigadier admiral peninsula peninsule peace security securite seguridad affairs representative representatives authority authorities autorite autorites autoridad autoridades agency agence agencia maritima maritimo presidenciales presidentielles mons monsenor msgr mgr reinos republicas royaumes republiques kingdoms republics asistente asistentes adjunto adjunta interino interina suplente subrogante hauts commissaires hauts-commissaires further besides likewise subsequently later earlier finally lastly notably accordingly nevertheless currently presently recently actualmente actuellement highlighted emphasised emphasized stressed underlined reiterated reaffirmed welcomed thanked madam madame cs eam dpm golfe gulf golfo sahel guard garde guardia extranjera extranjero extranjeros exterior exteriores interior etrangeres exterieur maghreb magreb asi ainsi alors entonces luego tambien ahora hoy ayer hier today yesterday central excmo excma excelentisimo excelentisima convencion convention convenio cooperation co sustituto sustituta grupo groupe group carthage elysee zarzuela moncloa miraflores kremlin mouradia quirinal quirinale bhavan rashtrapati casa narino rosada sen senator senador senadora senateur expatriates expatries expatriados emigrants emigres emigrantes general generale general-secretary separately meanwhile moreover however furthermore additionally also asimismo ademas igualmente par ailleurs cependant toutefois le la les l un une des du de d au aux en et ou a the an of and or el los las una y o del al
	m mr mrs ms mme mmes mlle dr sr sra srta don dona messrs h e s hm he hh hrh amb sm sa ses son his her sus su majeste majesty majestad excellence excellences excellency excellencies excelencia excelencias altesse highness alteza
	premierement deuxiemement troisiemement enfin ensuite firstly secondly thirdly finally primero segundo tercero finalmente residing residents resident chair chairs federativa federative armees presidential presidencial presidentiel presidentielle ministerial ministerielle conference conferencia professeur professor profesor profesora
	cartas credenciales credentials lettres creance copias estilo
	selon lors dans apres avant pendant par pour sur avec sans sous entre vers chez contre depuis ce cet cette ces il elle ils elles nous vous on
	in on at for with without during after before by from to this these that those both he she they we it its their our his
	por para con sin durante tras ante bajo desde hasta segun sobre este esta estos estas ese esa ambos ambas ella ellos nosotros
	roi reine rey reina king queen souverain sovereign emir amir sultan prince principe
	president presidente presidenta vice vicepresidente ministre minister ministro ministra premier prime primer primera
	secretary secretaire secretario secretaria ambassadeur ambassadrice ambassador embajador embajadora consul chancellor canciller
	affaires etrangeres foreign affairs asuntos exteriores cooperation cooperacion gouvernement government gobierno
	royaume kingdom reino republique republic republica etat etats state states estado estados federal federation
	union conseil council consejo organisation organization organizacion nations unies united unidas naciones
	sahara covid ministere ministry ministerio departement department departamento agence agency agencia
	sommet summit cumbre assemblee assembly asamblea forum foro commission comision comite committee comite fonds fund fondo banque bank banco
	communique statement comunicado declaration declaracion accord agreement acuerdo memorandum plan initiative iniciativa message messages letter letters mensaje carta
	afrique africa africaine african africana europe europa asie asia amerique america islamique islamic islamica arabe arab
	janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
	january february march april may june july august september october november december
	enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
	lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday sunday
	lunes martes miercoles jueves viernes sabado domingo
	happy merry christmas noel navidad welfare etablis etablies residant residents
	receives receive meets holds telephone phone telephonic videoconference embarks embark visits carrying carries signs calls welcomes discusses hosts attends arrives says urges reaffirms praises congratulates talks leaves departs begins concludes launches joins receiving holding signing hosting visiting
	tambien ejecutiva ejecutivo pueblo posteriormente luego finalmente seguidamente previamente paralelamente ensuite puis enfin auparavant parallelement prealablement subsequently later afterwards finally earlier previously
	delegate delegue deleguee delegado delegada outgoing sortant saliente second deuxieme segundo segunda mp qc kc obe sem sheikh shaikh cheikh highness
	diplomatic diplomatique diplomatico diplomatica security securite seguridad
	excelentisimo excelentisima senor senora senores supreme supremo supreme commander armed forces
	cardinal archbishop archeveque arzobispo bishop eveque obispo monseigneur monsenor mgr nuncio nonce apostolique apostolic apostolico apostolica
	maghrebines maghrebins maghrebine maghrebin africaines africains asiatiques americaines latino-americaines iberoamericanos
	business negocios investment investissement inversion inversiones planning planification planificacion
	today yesterday tomorrow tonight earlier later recently aujourd hier demain hoy ayer manana recientemente
	map efe afp reuters aps ap mae maec sl ps nb ndlr cdt
	excellence source mission ambassade embassy embajada consulat consulate consulado
	palais palace palacio royal royale real white house maison blanche moncloa
	deputy under assistant special senior chief head chef jefe jefa director directeur directrice directora
	porte parole portavoz spokesperson adviser conseiller asesor envoy envoye enviado homologue counterpart homologo homologa
	les los las tous todos all hon honourable honorable senator senateur senador cardinal pr prof
	office bureau oficina media note release spokesperson communique press presse prensa`)

// romanNumeral matches regnal numbers ("VI", "II").
var romanNumeral = mkf(`^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$`)

// nameParticles may sit inside a name between capitalised words.
var nameParticles = setOf(`de del da di do van von der den ben bin bint ibn abu el al ould uld y dos das la le du`)

// honorifics before a name that carry no role ("M. Bourita").
var honorificRe = mkf(`(?:\b(?:m|mr|mrs|ms|mme|dr|sr|sra)\.?\s*)$`)

// frWhenGap and esWhenGap are the adverbials of time and place a verb may
// take before its object ("a accueilli, hier, à Alger, le ministre",
// "conversó, este lunes, en Argel con"); frTimeGap those of time alone, before
// a destination or a call ("s'est rendu lundi en Algérie"). Each repeats at
// most three times.
const (
	frDay     = `(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)`
	frTime    = `(?:hier|aujourd'hui|demain|(?:(?:tot|tard) )?ce (?:matin|soir|week-end|` + frDay + `(?: matin| soir)?(?: \d+(?:er)? [a-z]+)?)|(?:(?:tot|tard) )?` + frDay + `(?: (?:dernier|prochain|matin|soir))?(?: \d+(?:er)? [a-z]+(?: \d{4})?)?|le \d+(?:er)? [a-z]+(?: \d{4})?|(?:dans|en) (?:la soiree|la matinee|la journee|la nuit|l'apres-midi|fin de journee|fin d'apres-midi|fin de matinee|debut de soiree|debut de matinee|debut d'apres-midi)(?: (?:de |du |d')?(?:` + frDay + `|ce ` + frDay + `|hier|samedi dernier))?)`
	frTimeGap = `(?:,? ` + frTime + `,?){0,3}`
	frWhenGap = `(?:,? (?:` + frTime + `|(?:a|au|aux|en|dans) (?:la |le |les |l')?[a-z'-]+(?: (?:de |d'|du |des |de la )?[a-z'-]+){0,2}),?){0,3}`
	esDay     = `(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)`
	esTime    = `(?:hoy|ayer|anoche|este ` + esDay + `(?: por la (?:manana|tarde|noche))?|el pasado ` + esDay + `|el ` + esDay + `(?: \d+ de [a-z]+)?|(?:la|esta) (?:tarde|manana|noche)(?: (?:de|del) (?:este |el )?` + esDay + `)?|a primera hora(?: (?:de|del) (?:este |el )?` + esDay + `)?)`
	esTimeGap = `(?:,? ` + esTime + `,?){0,3}`
	esWhenGap = `(?:,? (?:hoy|ayer|anoche|este ` + esDay + `(?: por la (?:manana|tarde|noche))?|el pasado ` + esDay + `|el ` + esDay + `(?: \d+ de [a-z]+)?|(?:la|esta) (?:tarde|manana|noche)(?: (?:de|del) (?:este |el )?` + esDay + `)?|a primera hora(?: (?:de|del) (?:este |el )?` + esDay + `)?|en (?:el |la |los )?[a-z'-]+(?: (?:de |del |de la )?[a-z'-]+){0,3}),?){0,3}`
)

// Event triggers by kind. Each pattern is searched in a sentence; the first
// group-less match position is the trigger.
var eventTriggers = []struct {
	kind string
	re   *kre
}{
	{"credentials", mk(`\b(?:presentation of (?:the )?(?:new )?ambassadors|presentacion (?:oficial )?de (?:los )?(?:nuevos )?embajadores|presentation (?:officielle )?des (?:nouveaux )?ambassadeurs|cartas de gabinete|lettres? de cabinet|letters? of cabinet|lettres? de creances?|copies? figure(?:e|es|s)?|copies? (?:conformes? )?(?:de (?:leurs|ses|sa) )?lettres?|credentials|(?:presented|received|presents|receives|accepted) (?:the |his |her |their )?credential|letters? of credence|letters? of introduction|letters? of commission|cartas credenciales|cartas que (?:lo |la |los |las |les )?acreditan|lettres qui (?:l'|les )?accreditent|letters accrediting|credenciales|(?:entregaron|presentaron|entrego|presento) (?:\w+ )?sus cartas|copias? de (?:estilo|las cartas)|cartas de estilo)\b`)},
	{"consultations", mk(`\b(?:(?:round|session|ronda|tour|sesion|reunion) (?:of the |of |de la |de |du |del )(?:[a-z0-9.\-]+ ){0,4}(?:consultations?|consultas|dialogue|dialogo)|foreign office consultations|office consultations|consultations? politiques?|political consultations?|consultas politicas|mecanisme de consultations?|mecanismo de consultas|consultation mechanism|(?:regular|periodic|periodical|annual|bilateral|regulieres|periodiques|annuelles|bilaterales|regulares|periodicas|anuales) (?:political |politiques |politicas )?(?:consultations|consultas)|(?:hold|held|holding|tenir|tiendront|tenu|celebrar|celebraron|celebraran|sostener|mantener|mantuvieron) (?:des |de |the |las |unas )?(?:consultations|consultas))\b`)},
	{"phone_call", mk(`\b(?:telephone meeting|telephonic meeting|phone meeting|reunion telefonica|telephonic (?:conversation|talks?|call)|(?:tele)?phone talks?|entretiens? telephoniques?|conversations? telephoniques?|appels? telephoniques?|echanges? telephoniques?|par telephone|au telephone|telephone call|phone call|video teleconference|teleconference|phone conversation|telephone conversation|spoke by (?:tele)?phone|by (?:tele)?phone|telephoned? (?:with|to)|phoned? (?:with|to)|telephoned|phoned|telefone(?:o|aron|ara|aran|ar|a|an)|(?:a|ont|avait|avaient) telephone a|telephonera a|telephoneront a|held a call|a call with|call with|video ?call|videoconferen\w+|visioconferen\w+|conversaci(?:on|ones) telefonicas?|llamadas? telefonicas?|entrevistas? telefonicas?|comunicacion telefonica|contacto telefonico|contacts? telephoniques?|(?:tele)?phone contact|telephonic contact|(?:por|mediante) videoconferencia|por telefono|hablo por telefono|mantuvo una conversacion|video ?llamada|reunion virtual|reuniones virtuales|encuentro virtual|encuentros virtuales|virtual meetings|virtual meeting|reunions virtuelles|virtual talks|reunion virtuelle|entretien virtuel|rencontre virtuelle|s'est entretenu au telephone|spoke (?:\w+ )?with|spoke to (?:the )?(?:foreign ministers|counterparts) of|spoke to (?:his |her )?(?:counterpart|president|prime minister|king|crown prince|chancellor|[a-z]+'s (?:president|prime minister|king|crown prince|chancellor|foreign))|ha hablado (?:\w+ \w+ )?con|hablo con|hablo (?:hoy|ayer|anoche|este \w+|el \w+) con|hablaron|han hablado|spoke today with|spoke by phone with|conversaron por telefono|converso por telefono|telephoned|phoned|telefonicamente|telephoniquement|(?:por )?via telefonica|par voie telephonique|hable con|(?:sostuvo|sostuvieron|mantuvo|mantuvieron|tuvo|tuvieron) una llamada|(?:a|ont|avait|avaient) recu` + frTimeGap + ` un appel (?:de|du|d')|a appele` + frTimeGap + ` (?:son|sa|le|la) (?:homologue|president|presidente|premier|ministre|roi|souverain)|called (?:his|her) (?:\w+ )?counterpart|llamo a (?:su|sus) homolog[oa]s?)\b`)},
	{"visit", mk(`\b(?:visitas oficiales a|visites officielles (?:a|au|aux|en)|official visits to|(?:sa|leur|une) tournee (?:au|aux|en)|(?:poursuit|poursuivra|entame|entamera|effectue|effectuera) (?:sa |une )?tournee|visite officielle|visite de travail|visite d'etat|visite d'amitie|visite de travail et d'amitie|en visite|une visite|la visite|sa visite|effectuer une visite|effectuera une visite|se rendre|se rendra|official visit|working visit|state visit|(?:one|two|three|four|five|six|seven|eight|nine|ten|2|3|4|5|6|7)-day (?:official |working |state |bilateral )?visit|visit to|visiting|will visit|to visit|visita oficial|visita de trabajo|visita de estado|de visita|una visita|su visita|viaje oficial|viajara|visitara|visitar|traveled to|travelled to|travels to|will travel to|heading to|headed to|departs for|departed for|leaves for|is leaving (?:[a-z]+ )?for|travelling to|traveling to|regional tour|(?:country|nation|leg) (?:\w+ )?(?:\w+ )?(?:swing|tour)|gira por|gira regional|gira oficial|gira de trabajo|gira que (?:lo|la|los|las) llevara|tournee regionale|tournee africaine|tournee dans|tournee qui (?:le|la|les) (?:menera|conduira|menent|mene|conduit)|tour of|trip to|deplacement (?:a|au|aux|en)\s|a son arrivee (?:a|au|aux|en)\s|(?:au lendemain de|le lendemain de) son arrivee (?:a|au|aux|en)\s|the day after (?:his|her|their) arrival in|upon (?:his |her |their )?arrival in|on (?:his |her |their )?arrival in|a su llegada a|fly to|flying to|flew to|flies to|s'est deplacee? (?:a|au|en)\s|(?:s'est rendue?|se sont rendue?s|a sejourne|ont sejourne)` + frTimeGap + ` (?:a|au|aux|en)|s'est (?:ensuite|egalement|aussi|par la suite|ensuite egalement) rendue? (?:a|au|aux|en)|(?:est arrivee?|sont arrives|sont arrivees)(?:[\s,]+[\w'-]+){0,6}?[\s,]+(?:au|en|a)|arrived in|has arrived in|arrived (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|here) in|touched down (?:(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday) )?in|landed (?:(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday) )?in|(?:llego|llegaron|arribo|arribaron|viajo|viajaron|se traslado|se trasladaron|se desplazo)` + esTimeGap + ` a|aterriz(?:o|aron|ara|aran) (?:\w+ ){0,6}?en|(?:a|ont) atterri` + frTimeGap + ` (?:a|au|aux|en)|llegaran? (?:[a-z0-9:]+ ){0,3}?a|will arrive in|arrivera a|arrivera au|arrivera en|se rendra (?:a|au|aux|en)|viajo a|se desplazo a|viajara a|visit of|visits? (?:paid|made|undertaken|conducted) by|se traslado a|se trasladara a|escala en|estuvo en|(?:est|sont) attendue?s? (?:\w+ )?(?:a|au|aux|en|dans)|(?:est|sont) attendue?s?` + frTimeGap + ` (?:a|au|aux|en|dans)|(?:is|are) expected (?:\w+ )?in|visite de|visita del|visita de|visita al?|visite (?:a|au|aux|en)|visiten? oficialmente|la visita a|su visita a|visiten?|visited|visits|visito|visitaron|(?:a|ont) visite|visitera|visiteront)\b`)},
	{"agreement", mk(`\b(?:firmaran|firmara|suscribiran|suscribira|signera|signeront|will sign|(?:ont|a) signe|ont procede a la signature|signature d(?:'un|'une|e|es|u)|signe(?:nt)?|signed|signing of|signing ceremony|ceremonia de (?:la )?firma|(?:la|para la|con la) suscripcion de|sign(?:ed)? an?|firmaron|firmo|firma de|inked|will ink|to ink|suscribieron|suscribio|rubricaron|rubrico|han firmado|ha firmado|(?:fue|fueron|ha sido|han sido) (?:firmad|suscrit|rubricad)[oa]s?|(?:a|ont) ete signee?s?|(?:was|were|has been|have been) signed|(?:firmad[oa]s?|suscrit[oa]s?|signee?s?|signed)\b[^.;]{0,40}?\b(?:por|par|by))\b`)},
	{"message", mk(`\b(?:message ecrit|message verbal|message|lettre|written message|verbal message|message from|letter from|a letter|mensaje escrito|mensaje|carta)\b`)},
	{"meeting", mk(`\b(?:(?:joint commission|joint cooperation commission|commission mixte|comision mixta|comision binacional)\b[^.;]{0,30}?\b(?:co-?chaired|co-?presided|co-?presidee?|co-?presidid[oa])|(?:co-?chaired|co-?presided|(?:ont|a) co-?preside|co-?presidieron|co-?presidio)\b[^.;]{0,40}?\b(?:session|sesion|reunion|meeting|edition|round)\b|would discuss with|will discuss with|discutera avec|discutira con|se cito con|se citaron|association council|conseil d'association|consejo de asociacion|reunirse|de se rencontrer|se rencontreront|agreed to meet|to meet again|recibieron|recibiran|recibira|reciben|se reunira|se reuniran|se reuniria|se reunirian|mantendran una reunion|mantendra una reunion|(?:session|reunion|sesion|meeting) (?:de la |of the |del |de cette |of this |de esta |de dicha |de )?(?:[ivxl]+ )?(?:grande |haute )?(?:commission mixte|joint commission|comision mixta|commission binationale|comision binacional|binational commission)|s'entretient|s'entretiennent|recoit|se reunit|se reune|se reunen|se ha reunido|se han reunido|ha recibido|han recibido|ha mantenido|han mantenido|hosted|meets|will host|sat down with|sit down with|sits down with|dialogue strategique|strategic dialogue|dialogo estrategico|called on|(?:paid|pay|pays|paying) a courtesy call (?:(?:yesterday|today|on \w+day|this \w+|last \w+) )?(?:on|to|with)|courtesy calls? (?:with|on|to)|(?:pay|paid|pays) a courtesy visit to|visite de courtoisie|visita de cortesia|faire ses adieux|fait ses adieux|a fait ses adieux|visite d'adieu|farewell call|farewell visit|visita de despedida|recue? par|recus par|received by|recibid[oa] por|(?:fue recibid[oa]|fueron recibid[oa]s|a ete recue?|ont ete recue?s|was received|were received)\b[^.;]{0,70}?\b(?:por|par|by)|s'est entretenue?|se sont entretenue?s|entretiens?|a recu|ont recu|avait recu|avaient recu|avait accueilli|avaient accueilli|(?:a|ont) (?:egalement|aussi|ensuite|enfin|par ailleurs|de son cote|pour sa part|ainsi|notamment|d'abord) recu|s'est (?:egalement|aussi|ensuite|par ailleurs|ainsi|longuement|notamment|d'abord|enfin|aussitot) entretenue?|se sont (?:egalement|aussi|ensuite|par ailleurs|ainsi|longuement|notamment|d'abord|enfin) entretenue?s|also received|also met with|(?:tambien|asimismo|ademas) recibio|recibio (?:tambien|asimismo|ademas)|a ete recue?|recu en audience|recevant|audiences?|rencontres?|a rencontre|ont rencontre|s'est reunie?|se sont reunis|reunions?|pourparlers|entrevue|tete-a-tete|seance de travail|seances de travail|met with|meets with|will meet|met|meeting|bilateral meetings|held meetings|meetings with|tuvo encuentros con|tuvo reuniones con|a eu des entretiens avec|a eu des rencontres avec|talks|received|receives|audience|held talks|bilateral meeting|se reunio|se reuniran|se reunieron|reunion|reuniones|recibio|recibe|encuentros?|entrevistas?|conversaciones|audiencia|mantuvo un encuentro|mantuvieron|conferred with|conversed with|convers(?:er|e|ent|ant|era|eront) avec|(?:a|ont) (?:longuement )?converse avec|(?:ha|han) conversado (?:(?:hoy|ayer|este \w+) )?con|(?:converso|conversaron|dialogo|dialogaron)` + esWhenGap + ` con|s'est concertee? avec|dialogo con|dialogaron|sostuvieron un dialogo|sostuvo un dialogo|mantuvieron un dialogo|mantuvo un dialogo|dialogara con|dialogaran con|conversara con|conversaran con|(?:a|ont) accueilli` + frWhenGap + ` (?:en audience )?(?:(?:son |sa |ses |le |la |les |l')(?:homologue|president|presidente|premier|ministre|roi|reine|souverain|chef|secretaire|vice|envoye|emissaire|prince|emir|delegation)|(?:m\.?|mme) [a-z-]+)|welcomed (?:his|her) (?:\w+ )?counterpart|dio la bienvenida` + esWhenGap + ` (?:al|a la|a su) (?:[a-z-]+ ){0,2}?(?:homolog|president|primer|canciller|ministr|rey|reina|secretari|enviad|jefe|jefa|vicepresident|delegacion|mandatari)\w*|se entrevist(?:o|aron|ara|aran|a|an)|(?:a pris part|ont pris part|a participe|ont participe|took part|participated|participo|participaron) (?:\w+ ){0,2}(?:au|a la|aux|in the|in|en la|en el|a la|al) (?:\w+ ){0,3}(?:sommet|summit|cumbre)|auquel [^.;]{0,80}? (?:a|ont) pris part|l'occasion pour [^;]{0,90}? (?:de discuter|d'echanger|de s'entretenir|de passer en revue)|(?:a offert|ont offert|offre|offrira|a partage|ont partage|hosted|will host|offered|gave|ha ofrecido|han ofrecido|ofrecio|ofrecieron|ofrecera|ofreceran|sostuvo|sostuvieron|compartio|compartieron)\s+(?:\w+ ){0,2}?(?:un |une |una |a |an )(?:\w+ )?(?:dejeuner|diner|petit-dejeuner|almuerzo|cena|desayuno|lunch|luncheon|dinner|breakfast|banquet|banquete)|(?:dejeuner|diner|petit-dejeuner|almuerzo|cena|desayuno) de (?:travail|trabajo)|working (?:lunch|dinner|breakfast))\b`)},
}

// anaphoricBefore marks a trigger that refers back to an event already
// reported ("cet entretien", "during the call").
var anaphoricBefore = mkf(`(?:\b(?:abordad[oa]s?|tratad[oa]s?|discutid[oa]s?|evoquee?s?|abordee?s?|discussed|raised|addressed)\s+(?:en|dans|lors de|at|during|in)\s+(?:el |la |le |l'|the )|\b(?:also attended|attended|ont egalement assiste a|ont assiste a|a assiste a|asistieron (?:tambien )?a|asistio a|a pris part a|ont pris part a|a egalement pris part a|ont egalement pris part a|took part in|also took part in|participo en|participaron en|tomo parte en)\s+(?:the |la |le |l'|el |a la |al )?(?:[a-z\-]+\s+)?|\b(?:cet|cette|ce|ces|this|these|that|este|esta|estos|estas|dicho|dicha|meme)\s+(?:[a-z\-]+\s+)?|\b(?:lors de|au cours de|a l'issue de|durant|pendant|during|durante|following|tras|at the end of|in the course of|en el marco de|a la fin de|al concluir|al finalizar|al termino de|a la conclusion de|at the close of|a la cloture de|au terme de)\s+(?:l'|la |le |les |the |el |los |las |leur |leurs |their |su |sus |cet |cette |ce |ces |this |these |este |esta )?(?:[a-z\-]+\s+)?)$`)

// nounTriggers are trigger words that can be taken up anaphorically.
var nounTriggers = setOf(`entretien entretiens appel appels conversation conversations call calls meeting meetings talks reunion reuniones encuentro rencontre rencontres visite visit visita audience audiencia conversacion llamada echange echanges entrevue seance consultations message lettre phone telephone video videoconference visioconference`)

// planned cues in the clause of a trigger: agreed, invited, announced, future.
var plannedRe = mk(`\b(?:(?:a|ont) (?:\w+ )?confirme (?:une|la) (?:\w+ )?visite|confirmed (?:a|the|an) (?:\w+ )?visit|confirmo (?:una|la) (?:\w+ )?visita|to visit|to travel to|is travelling to|is traveling to|are travelling to|are traveling to|would discuss|would meet|would hold|would visit|is set to|are set to|set to visit|is due to|are due to|hara|haran|llegara|llegaran|arrivera|arriveront|will arrive|mantendra|mantendran|sostendra|sostendran|se reuniria|se reunirian|sostendria|sostendrian|visitaria|visitarian|viajaria|viajarian|se reunira|se reuniran|firmara|firmaran|suscribira|suscribiran|rubricara|rubricaran|signera|signeront|recibira|recibiran|participara|participaran|efectuara|efectuaran|convenu|conviennent|convenir|sont convenus|decide|decidee?|decision|se sont mis d'accord|accepte|accepted|accepts|invitation|invite|invitee?|invited|invites|inviting|favorablement|prochaine?s?|prochainement|futur|future|upcoming|next|will|shall|to hold|plan(?:s|ned)? to|planned (?:state |official |working )?(?:visit|trip|meeting|talks|summit)|scheduled|expected|est attendue?|sont attendue?s|agreed|agree|concurred|concur|convinieron|announced|annonce|envisage|prevue?s?|prevu|devrait|devraient|effectuera|se rendra|aura lieu|auront lieu|tiendra|tiendront|sera|seront|va|vont|acordaron|acuerdan|acordado|invitacion|invito|invitado|aceptado|acepto|proxim[oa]s?|futur[oa]|prevista|previsto|celebraran|se celebrara|realizara|viajara|visitara|de organiser|l'organisation d(?:'une?|e la|e l'|u|es) (?:\w+ )?(?:visite|reunion|session|sommet|rencontre|forum|conference|consultations|commission|mission)|organiser|de tenir|tenir|d'effectuer|effectuer|celebrar|realizar)\b`)

// presenceRe opens a zone whose persons attend but do not take part.
var presenceRe = mk(`\b(?:ha asistido|han asistido|a la que asistio|a laquelle a assiste|auquel a assiste|attended by|in attendance|en presence d[eu']?|in the presence of|en presencia de|con la presencia de|avec la presence d[eu']?|aux cotes d[eu']?|accompagnee? d[eu']?|accompanied by|acompanad[oa] de(?:l)?|entoure d[eu']?|with the participation of)\b`)

// Position topics.
var topicRes = []struct {
	topic string
	re    *kre
}{
	{"autonomy_plan", mk(`\b(?:plan d'autonomie|autonomie sous souverainete|autonomy under (?:moroccan )?sovereignty|autonomia bajo (?:la )?soberania|(?:initiative|plan) (?:marocaine? )?d'autonomie|proposition (?:marocaine )?d'autonomie|autonomy (?:plan|initiative|proposal)|plan (?:marroqui )?de autonomia|propuesta (?:marroqui )?de autonomia|iniciativa (?:marroqui )?de autonomia)\b`)},
	{"territorial_integrity", mk(`\b(?:integrite territoriale|territorial integrity|integridad territorial|unite territoriale|territorial unity|unidad territorial)\b`)},
	{"sovereignty", mk(`\b(?:souverainete|sovereignty|soberania|marocanite|moroccanness|marroquinidad|sahara marocain|moroccan sahara|sahara marroqui|une seule chine|chine unique|one-china|one china|una sola china|china unica)\b`)},
	{"candidacy", mk(`\b(?:candidatures?|candidacy|candidacies|candidaturas?|candidate|candidat|candidato|candidata|postulacion|postulation|accession (?:of|to)|admission (?:of|de la|de l'|de|du)|adhesion (?:de la|de l'|de|du|of)|ingreso (?:de la|del|de)|incorporacion (?:de la|del|de)|membership bid|bid for|bids for|bid to join|bid to host|bids? to (?:become|gain|win|secure|obtain|be elected)|(?:asuma|ocupe|asumir|assume|assumer|to assume|to chair|presida|preside) (?:la |the )?(?:presidencia|presidence|presidency)|para presidir|pour presider|to chair|to preside over|re-appointment|reappointment|re-election|reelection|reelection|reeleccion|reconduction|second term|second mandat|segundo mandato)\b`)},
}

// stance cues: recognise, oppose, else support.
var (
	recognizeRe = mk(`\b(?:reconna\w*|reconnu|reconnue|reconnus|reconnues|recogni[sz]\w*|reconoc\w*|reconocimiento)\b`)
	opposeRe    = mk(`\b(?:rejette\w*|rejet|s'oppose\w*|opposition a|oppose[sd]?|opposes|rejects?|rejected|rechaz\w*|se opone|condamne\w*|condemn\w*)\b`)
	supportRe   = mk(`\b(?:believes in|believe in|believed in|croit en|croient en|cree en|creen en|appreciation positive|appreciation favorable|positive (?:assessment|appreciation|view)|valoracion positiva|valoran? positivamente|juge(?:nt)? positivement|voi(?:t|ent) positivement|views? positively|viewed positively|in favou?r of|en faveur d|a favor de|en favor de|soutien\w*|soutient|soutenir|soutenu\w*|appui\w*|appuy\w*|support\w*|backing|backs|backed|back|endorse\w*|endoss\w*|apoy\w*|apoyo|respald\w*|attachement|attache|attachment|adhesion|adhere|reaffirme|reitere|salue|welcome[sd]?|saluda|acoge|se felicita|considere|considers|considera|base|serieu\w*|credible|realiste|serious|realistic|serio|seria|creible|realista|engagement|commitment|compromiso|defend\w*|defiende|defienden|defendio|defendieron)\b`)
)

// Membership cues.
var memberRes = []struct {
	status string
	re     *kre
}{
	{"applied", mk(`\b(?:(?:est|sont|es|son|is|are) (?:(?:a|un|une) )?candidat[eoa]?s? (?:pour|a|au|para|for|to)|(?:a |ont )?(?:demande|sollicite|requested|sought|solicito|pidio)\s+(?:formellement |formally |formalmente )?(?:son |sa |leur |its |their |su |la |el )?(?:adhesion|admission|membership|ingreso|integracion|incorporacion)|(?:request|demande|solicitud) (?:for|of|d'|de) (?:membership|adhesion|admission|ingreso)|demandes? (?:officielles? |formelles? )?d'adhesion|candidat[oa]s? a (?:miembro|membre)|candidate (?:for|to) (?:full )?membership|(?:membership|accession) (?:bid|application|request)s?|candidat[oa]s? (?:al ingreso|a l'adhesion|a la adhesion|a la integracion|for accession|for membership|de adhesion|a l'accession|to accession)|candidatures|candidature|candidacies|candidacy|candidaturas|postulaciones|postulacion|postulation|applications? (?:for|to join)|applied|applying|solicitud (?:oficial |formal )?de (?:adhesion|ingreso)|candidatura|accord de principe|agreement in principle|bids? (?:for|to (?:become|join|gain|win|secure|obtain|be elected))|(?:asked|asks|requested|requests|request|requesting|sought|seeks|seeking|applied|applies) to (?:join|rejoin|re-join|accede to|become a (?:full )?member of)|(?:demande|demander|demandent|sollicite) a (?:adherer|rejoindre|integrer|reintegrer|devenir membre)|(?:solicito|solicitaron|solicita|pidio|pidieron|pide) (?:formalmente )?(?:ingresar|adherirse|unirse|incorporarse|reingresar|ser miembro))\b`)},
	{"left", mk(`\b(?:desvincularse|se desvincula|se desvinculo|desvinculacion|retrait|s'est retiree?|se sont retires|se retir(?:er|ent|era|eront|erait|eraient)|retirarse|se retira|se retiran|se retiraron|se retirara|se retiraran|quitte|quitter|ont quitte|a quitte|withdr[ae]w\w* from|withdrawal from|left the|leave the|left|withdrawal|retiro de|se retiro de|abandon\w* (?:la|el|the)|salida de|sortie d[eu])\b`)},
	{"observer", mk(`\b(?:observateur|observatrice|observer|observador|observadora)\b`)},
	{"joined", mk(`\b(?:vuelven? al|vuelven? a la|volvio al|volvio a la|volveran? al|volveran? a la|regresan? al|regresan? a la|regresaran? al|revient au|revient a l'|reviennent au|reviendra au|returns to|will return to|acceded to|accede to|accedes to|accedio a|accedieron a|a accede a|ont accede a|returned to|has returned to|a reintegre|ont reintegre|reintegrated|reintegrada|reintegrado|regreso a|est revenue? (?:a|au|dans)|l'ont suivie?|l'a suivie?|followed suit|followed it|la siguieron|lo siguieron|adhesion|adhere|a adhere|ont adhere|a rejoint|ont rejoint|rejointe?|rejoined|became (?:an? |the \w+ )?(?:full |new )?member|became its (?:\w+ )?members?|devenue? (?:le \w+ |un |une )?(?:nouvel |nouveau )?membre|se convirtio en (?:el |un )?(?:nuevo )?miembro|(?:a|ont) ete admise?s?|(?:est|sont) admise?s?|fue admitid[oa]|fueron admitid[oa]s|(?:ha|han) sido admitid[oa]s?|ingreso en|ingreso|ingresaron|ingresara|ingresaran|se incorpor(?:o|aron|ara|aran|a|an)|se reincorpor(?:o|aron|a|an)|se reintegr(?:o|aron|ara|aran|a|an)|reingres(?:o|aron|a|an)|se adhiri(?:o|eron)|admitio|admitieron|ha admitido|han admitido|a admis|ont admis|retour|reintegration|joined|joins|accession to|admission|admitted|rejoined|return to|ingreso|se unio|incorporacion|reingreso|regreso|(?:a|ont) (?:officiellement |formellement )?integre|accession)\b`)},
	{"member", mk(`\b(?:membre|membres|member|members|membership|miembro|miembros|elu|elue|elus|elues|elected|elegido|elegida|elegidos|elegidas|electo|electa|electos|electas|tenure (?:on|in|at))\b`)},
}

// Mission triggers and status cues.
var (
	missionRe   = mk(`\b(?:representation diplomatique|representation consulaire|diplomatic representation|diplomatic mission|mission diplomatique|mision diplomatica|mision permanente|mission permanente|permanent mission|consular representation|representacion diplomatica|representacion consular|ambassade|embassy|embajada|high commission|consulats? generaux|consulat general|consulat honoraire|consulat|consulate general|consulate-general|honorary consulate|consulate|consulado general|consulado honorario|consulado)\b`)
	announcedRe = mk(`\b(?:in the process of opening|en train d'ouvrir|en proceso de abrir|en vias de abrir|en proceso de apertura|decision d'ouvrir|decide d'ouvrir|inaugurara|inauguraran|inaugurera|inaugureront|va inaugurer|vont inaugurer|will inaugurate|to inaugurate|reabrira|reabriran|rouvrira|rouvriront|will reopen|to reopen|rouvrir|reabrir|decid\w* (?:de |to |d')?(?:ouvrir|open|abrir)|ouvrira|ouvriront|va ouvrir|vont ouvrir|d'ouvrir|ouvrir|intention d'ouvrir|will open|to open|plans to open|would open|abrira|abrir|abriran|anunci\w*|annonc\w*|announce\w*|prochaine ouverture|future ouverture|upcoming opening|proxima apertura|projet d'ouverture|la creacion de|la creation d|the creation of|the establishment of|decreto de creacion)\b`)
	openedRe    = mk(`\b(?:ouverture|inaugur\w*|a ouvert|ont ouvert|ouvrait|ouvraient|ont implante|a implante|ouvert|ouverte|opened|opening|open(?:s)?|abrio|abrieron|abierto|abierta|abiertos|abiertas|apertura|inaugurat\w*)\b`)
	closedRe    = mk(`\b(?:ferm\w*|closed|closure|closing|closes|(?:to|will|would|shall) close|cierre|cerr\w*)\b`)
	residentRe  = mkf(`^\s*(?:residente?s?|resident)\b`)
)

// Headquarters and parent cues.
var (
	hqRe     = mk(`\b(?:abriter(?:a|ont|ait)? (?:son|le|leur) siege|accueillera (?:son|le) siege|will host (?:its|the) headquarters|albergara (?:su|la) sede|abrite (?:son|le|leur) siege|accueille (?:son|le) siege|pays hote du siege|siege|secretariat (?:general )?(?:est|is) (?:etabli|installe|situe|located|based)|headquarters|headquartered in|basee? a|basees? a|based in|hosts (?:its|the) headquarters|host(?:s|ing)? the seat|sede|alberga (?:su|la) sede)\b`)
	parentRe = mk(`\b(?:(?:fundad[oa]|fondee?|founded|cread[oa]|creee?|created|establecid[oa]|established)\s+(?:(?:en|in) \d{4}\s+)?(?:por|par|by)\s+(?:los paises|les pays|the countries|los estados miembros|les etats membres|the member states)(?:\s+(?:del|de los|de la|des|du|de|of the|of))?|(?:que )?depende de(?:l| la)?|dependiente de(?:l| la)?|sous l'egide d[eu']?|sous les auspices d[eu']?|under the (?:auspices|aegis) of|bajo (?:los auspicios|la egida|el paraguas) de(?:l)?|institutions? specialisees? d[eu']?|organe subsidiaire d[eu']?|agence specialisee d[eu']?|organe specialise d[eu']?|agencia especializada de(?:l| las| la)?|organo subsidiario de(?:l| la)?|specialized institution of|specialised institution of|specialized agency of|specialised agency of|subsidiary (?:organ|body) of|affiliated (?:to|with)|affiliee? a|institucion especializada de|organismo especializado de|relevant d[eu']?|organe d[eu']?|body of|(?:es|est|is) (?:el|l'|the) (?:organo|organe|organ|body) (?:[a-z]+ ){1,9}?(?:del|de la|du|de l'|of the)|issue d[eu']?|issue de la|issue de l'|emanant d[eu']?|emanation d[eu']?|emanating from|an offshoot of|derivada de(?:l| la)?|emanada de(?:l| la)?)\b`)
)

// Nominal coreference.
var (
	twoPersonsRe = mk(`\b(?:les deux (?:ministres|responsables|chefs de (?:la )?diplomatie|hommes|dirigeants|chefs d'etat|parties)|the two (?:ministers|officials|leaders|foreign ministers|sides)|both (?:ministers|officials|leaders|sides)|los dos (?:ministros|responsables|cancilleres|lideres|mandatarios)|ambos (?:ministros|responsables|cancilleres|lideres|mandatarios)|las dos partes|ambas partes|les deux parties)\b`)
	twoStatesRe  = mk(`\b(?:both parties|both sides|the two sides|the two parties|les deux parties|les deux parties|ambas partes|las dos partes|les deux pays|deux pays|the two countries|both countries|los dos paises|ambos paises|les deux etats|the two states|les deux royaumes|bilateral(?:es)?|bilaterale?s?)\b`)
	kingdomRe    = mk(`\b(?:le|du|au|the|el|del|al|ce|this|este) (?:royaume|kingdom|reino)\b`)
	counterpart  = mk(`\b(?:son homologue|ses homologues|his counterpart|her counterpart|their counterparts|su homolog[oa])\b`)
	kingRefRe    = mk(`\b(?:s\.?\s?m\.?\s?le roi|sa majeste le roi|le souverain|le roi|h\.?\s?m\.?\s?(?:the )?king|his majesty (?:the )?king|the king|king|s\.?\s?m\.?\s?el rey|su majestad el rey|el rey|el monarca|le monarque)\b`)
)

// noPrimeMinister: presidential republics without a prime minister (the
// president heads the government): a "Prime Minister" is never theirs.
var noPrimeMinister = setOf(`US MX BR AR CL CO EC BO PY UY CR PA GT HN SV NI DO VE ID PH NG GH KE ZA ZM ZW MW BW AO LR GM BJ SC KM CY TM`)

// monarchies: states whose head of state is a king, queen, emir or sultan.
// The United Arab Emirates are a federation of monarchies with an elected President: not listed.
var monarchies = setOf(`MA ES GB BE NL LU DK NO SE JP TH JO SA KW QA BH OM BN KH MY LS SZ BT TO MC LI AD`)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	w := ""
	for _, c := range words + " " {
		if c == ' ' || c == '\n' || c == '\t' {
			if w != "" {
				m[w] = true
			}
			w = ""
			continue
		}
		w += string(c)
	}
	return m
}

// regionAdjectives maps an adjective of a world region ("centroamericano",
// "africain"), folded, to the regions and subregions of the countries data
// it covers: "ese país centroamericano" is a state of those. The Central
// American and Latin American ones also take the Caribbean, as the press does.
var regionAdjectives = func() map[string][]string {
	m := map[string][]string{}
	add := func(words string, regions ...string) {
		for _, w := range strings.Fields(words) {
			m[w] = regions
		}
	}
	add(`centroamericano centroamericana`, "Central America", "Caribbean")
	add(`sudamericano sudamericana suramericano suramericana andino andina sud-americain sud-americaine`, "South America")
	add(`latinoamericano latinoamericana latino-americain latino-americaine`, "Central America", "South America", "Caribbean", "North America")
	add(`caribeno caribena antillano antillana caribeen caribeenne antillais antillaise`, "Caribbean")
	add(`africano africana africain africaine africains africaines`, "Africa")
	add(`asiatico asiatica asiatique`, "Asia")
	add(`europeo europea europeen europeenne`, "Europe")
	add(`magrebi maghrebin maghrebine`, "Northern Africa")
	add(`sahelien sahelienne`, "Western Africa", "Northern Africa", "Middle Africa")
	add(`ouest-africain ouest-africaine`, "Western Africa")
	add(`african`, "Africa")
	add(`asian`, "Asia")
	add(`european`, "Europe")
	add(`caribbean`, "Caribbean")
	m["central american"] = m["centroamericano"]
	m["south american"] = m["sudamericano"]
	m["latin american"] = m["latinoamericano"]
	m["west african"] = m["ouest-africain"]
	m["north african"] = m["magrebi"]
	return m
}()

// inRegion reports whether state iso lies in one of regions (regions or
// subregions of the countries data).
func (x *engine) inRegion(iso string, regions []string) bool {
	si, ok := x.g.State(iso)
	if !ok {
		return false
	}
	for _, r := range regions {
		if si.Region == r || si.Subregion == r || r == "North America" && iso == "MX" {
			return true
		}
	}
	return false
}

// titleRegions returns the regions of the adjective that ends a title on
// "this country" ("de ese país centroamericano") or qualifies it ("of that
// Central American nation"); nil when there is none.
func titleRegions(title string) []string {
	t := strings.TrimRight(title, " ,")
	if r := regionAdjectives[lastWord(t)]; r != nil {
		return r
	}
	for _, n := range []string{" country", " nation"} {
		if !strings.HasSuffix(t, n) {
			continue
		}
		t = strings.TrimSuffix(t, n)
		if i := strings.LastIndexByte(t, ' '); i >= 0 {
			if j := strings.LastIndexByte(t[:i], ' '); j >= 0 {
				if r := regionAdjectives[t[j+1:]]; r != nil {
					return r // "central american"
				}
			}
		}
		return regionAdjectives[lastWord(t)]
	}
	return nil
}
