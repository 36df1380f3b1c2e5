package quote

// Word lists. They are small and hand-written for English news.

// speechVerbs are the verbs (finite and -ing forms) that introduce or follow a quotation.
var speechVerbs = set(`said says say saying told tells telling added adds adding asked asks asking
explained explains noted notes noting stated states wrote writes writing tweeted tweets posted
replied replies responded responds continued continues recalled recalls warned warns warning
claimed claims acknowledged admitted admits conceded concedes complained complains joked jokes
laughed shouted yelled screamed whispered announced announces testified testifies remarked
observed cautioned stressed stresses emphasized emphasised insisted insists argued argues arguing
urged urges predicted predicts promised vowed vows concluded countered counters quipped boasted
lamented pleaded declared declares agreed suggested suggests mused sighed snapped fumed raged
blasted slammed thundered confirmed confirms reckoned reckons texted exclaimed revealed reveals
gushed insisting recounted recounts told added recalled conceded charged demanded demands
interjected interrupted offered murmured muttered roared screamed shot hit wondered`)

// partialVerbs introduce a fragment of someone's words inside the writer's sentence
// ("called the plan 'a disaster'").
var partialVerbs = set(`call called calling calls hailed accused accusing describing described describes labeled labelled
branded dismissed denounced praised criticized criticised`)

// namingWords right before a quotation make it a name or a scare quote, not speech.
var namingWords = set(`so-called dubbed named titled entitled nicknamed called term word phrase
film movie book novel album song show series play opera program programme operation campaign
slogan hashtag headline motto brand label known`)

// pronouns that may be the subject of a speech verb, with the gender they require.
var pronounGender = map[string]gender{
	"he": male, "she": female, "it": neuter, "they": plural, "i": first, "we": first,
}

// titles precede a name ("Attorney General Jeff Sessions"); the gender is set for those
// that tell it.
var titles = map[string]gender{
	"mr": male, "mr.": male, "sir": male, "lord": male, "king": male, "prince": male, "father": male,
	"brother": male, "monsignor": male, "congressman": male, "councilman": male, "assemblyman": male,
	"chairman": male, "spokesman": male, "businessman": male,
	"mrs": female, "mrs.": female, "ms": female, "ms.": female, "miss": female, "dame": female,
	"lady": female, "queen": female, "princess": female, "sister": female, "congresswoman": female,
	"councilwoman": female, "assemblywoman": female, "chairwoman": female, "spokeswoman": female,
	"businesswoman": female,
	"president":     unknownGender, "vice": unknownGender, "attorney": unknownGender, "general": unknownGender,
	"senator": unknownGender, "sen.": unknownGender, "rep.": unknownGender, "representative": unknownGender,
	"gov.": unknownGender, "governor": unknownGender, "mayor": unknownGender, "secretary": unknownGender,
	"chief": unknownGender, "staff": unknownGender, "director": unknownGender, "communications": unknownGender,
	"minister": unknownGender, "prime": unknownGender, "chancellor": unknownGender, "judge": unknownGender,
	"justice": unknownGender, "coach": unknownGender, "dr.": unknownGender, "dr": unknownGender,
	"prof.": unknownGender, "professor": unknownGender, "sgt.": unknownGender, "lt.": unknownGender,
	"capt.": unknownGender, "gen.": unknownGender, "col.": unknownGender, "officer": unknownGender,
	"detective": unknownGender, "det.": unknownGender, "inspector": unknownGender, "commissioner": unknownGender,
	"chair": unknownGender, "ceo": unknownGender, "founder": unknownGender, "pope": unknownGender,
	"rev.": unknownGender, "reverend": unknownGender, "speaker": unknownGender, "leader": unknownGender,
	"majority": unknownGender, "minority": unknownGender, "deputy": unknownGender, "assistant": unknownGender,
	"special": unknownGender, "counsel": unknownGender, "prosecutor": unknownGender, "district": unknownGender,
	"former": unknownGender, "acting": unknownGender, "head": unknownGender, "manager": unknownGender,
	"captain": unknownGender, "sheriff": unknownGender, "superintendent": unknownGender, "principal": unknownGender,
	"ambassador": unknownGender, "councillor": unknownGender, "treasurer": unknownGender,
	"dean": unknownGender, "bishop": unknownGender, "cardinal": unknownGender, "rabbi": unknownGender,
	"agent": unknownGender, "trooper": unknownGender, "constable": unknownGender, "supt.": unknownGender,
	"executive": unknownGender, "senior": unknownGender, "adviser": unknownGender, "advisor": unknownGender,
	"strategist": unknownGender, "white": unknownGender, "house": unknownGender, "press": unknownGender,
	"u.s.": unknownGender, "state": unknownGender, "foreign": unknownGender, "defense": unknownGender,
	"defence": unknownGender, "home": unknownGender, "health": unknownGender, "finance": unknownGender,
	"police": unknownGender, "fire": unknownGender, "county": unknownGender, "city": unknownGender,
	"council": unknownGender, "senate": unknownGender, "co-founder": unknownGender, "chief executive": unknownGender, "officer.": unknownGender,
	"democrat": unknownGender, "republican": unknownGender, "parent": unknownGender, "incumbent": unknownGender,
	"quarterback": unknownGender, "striker": unknownGender, "midfielder": unknownGender,
	"forward": unknownGender, "guard": unknownGender, "pitcher": unknownGender, "goalkeeper": unknownGender,
	"defender": unknownGender, "boss": unknownGender, "lawyer": unknownGender, "analyst": unknownGender,
	"economist": unknownGender, "novelist": unknownGender, "author": unknownGender, "singer": unknownGender,
	"actor": unknownGender, "actress": female, "star": unknownGender, "legend": unknownGender,
	"premier": unknownGender, "president-elect": unknownGender, "lawmaker": unknownGender,
	"sergeant": unknownGender, "lieutenant": unknownGender, "colonel": unknownGender, "major": unknownGender,
	"admiral": unknownGender, "magistrate": unknownGender, "recorder": unknownGender,
}

// roleNouns head the descriptions of unnamed or not-yet-named speakers.
var roleNouns = set(`official officials spokesman spokeswoman spokesperson source sources aide aides
ally allies person people mayor governor coach lawyer lawyers attorney attorneys prosecutor
prosecutors judge witness witnesses resident residents neighbor neighbors neighbour neighbours
expert experts analyst analysts economist economists manager director executive executives
president minister senator lawmaker lawmakers member members officer officers police diplomat
diplomats adviser advisers advisor advisors friend friends relative relatives mother father
owner owners teacher teachers student students doctor doctors nurse nurses player players captain
striker quarterback chairman chairwoman chief leader leaders secretary representative staffer
staffers employee employees worker workers fan fans supporter supporters critic critics observer
observers insider insiders colleague colleagues victim victims survivor survivors parent parents
son daughter wife husband brother sister boss spokesperson investigator investigators detective
official. agency company department ministry government administration campaign team
club firm group committee council court board union organizers organisers researcher researchers
scientist scientists engineer engineers commander soldier soldiers protester protesters voter
voters customer customers shopper shoppers manager. teammate teammates defender counsel jury
juror jurors magistrate recorder bystander bystanders onlooker onlookers partner partners
representative representatives veteran veterans agent agents trooper troopers deputy deputies
sheriff chair founder ceo operator operators landlord tenant tenants volunteer volunteers
passenger passengers driver drivers pilot pilots organizer organiser historian professor
strategist strategists pollster pollsters consultant consultants regulator regulators
authorities authority inspector spokespeople midfielder forward goalkeeper pitcher guard
boyfriend girlfriend grandmother grandfather uncle aunt cousin niece nephew widow widower
survivor. officer. neighbour. colleague. staff pals pal riders commuters forecasters meteorologists co-star co-stars anchor correspondent`)

// nonNames are capitalized words that do not begin a person's name.
var nonNames = set(`the a an in on at after before but and or when while as if this that these those
it he she they we i his her their our its there here asked speaking meanwhile however still yet
later earlier then now today yesterday tonight last next for from with by of to despite although
because since until during some many one two three four several another both each every no not
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december what why how who where which so such mr mrs ms
sources officials police according instead also even just only all most more other
nevertheless nonetheless moreover furthermore indeed besides therefore thus otherwise
recently currently finally eventually perhaps maybe certainly clearly obviously
rather worse better likewise similarly conversely ironically notably overall like unlike
five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds thousand
thousands dozens seconds minutes hours days weeks months years millions billions
under over into through without within among amid between against toward towards across beyond
behind below above near except unless whereas whenever wherever though says hardly barely nearly
almost once upon including included plus`)

// orgWords mark a capitalized name as an organization or place, not a person.
var orgWords = set(`inc inc. corp corp. co co. company group party department ministry committee
council court university college school hospital police post times news press network agency
association union bank institute foundation commission senate congress parliament government
office service services club fc united city county state airlines motors technologies labs fund
board authority center centre federation league team reuters ap cnn bbc politico journal daily
mail guardian twitter facebook google apple microsoft amazon house republicans democrats
administration church street avenue road square park river bridge airport station region
province kingdom republic states america europe union nations army navy force forces
department. brigade trust council. hall`)

// adverbials that may sit between a speaker and the speech verb, or around them.
var fillers = set(`also later then again once still recently previously earlier today yesterday
tonight later, has had have would will could might may did does do just only even never
first finally simply flatly bluntly calmly quietly angrily repeatedly reportedly publicly
privately afterward afterwards`)
