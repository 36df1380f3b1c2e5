package entity

// Hand-written word lists. The large name tables are generated (gazetteer_gen.go); these
// are the small closed classes a recogniser of news text needs: titles, organisation
// heads, outlets, well-known organisations, nationality adjectives and function words.

// titleWords precede a person's name and are kept as the person's role, not part of the
// name ("Attorney General Jeff Sessions", "Sen. Susan Collins"). Lower-cased.
var titleWords = [...]string{
	"president", "vice", "sen.", "senator", "rep.", "representative", "gov.", "governor",
	"mayor", "chancellor", "minister", "prime", "secretary", "attorney", "general", "judge",
	"justice", "chief", "executive", "ceo", "cfo", "coo", "chairman", "chairwoman", "chair",
	"director", "spokesman", "spokeswoman", "spokesperson", "king", "queen", "prince",
	"princess", "pope", "sheikh", "ayatollah", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.",
	"adm.", "cmdr.", "commissioner", "ambassador", "speaker", "leader", "coach", "manager",
	"captain", "officer", "detective", "inspector", "sheriff", "prosecutor", "counsel",
	"deputy", "assistant", "head", "founder", "co-founder", "economist", "analyst", "professor",
	"prof.", "dr.", "mr.", "mrs.", "ms.", "miss", "lord", "lady", "sir", "dame", "rev.",
	"reverend", "bishop", "archbishop", "rabbi", "imam", "monsignor", "cardinal", "foreign", "defense", "defence", "finance", "interior",
	"health", "trade", "state", "treasury", "communications", "staff", "of", "first", "former",
	"acting", "interim", "owner", "parent", "battalion", "special", "senior", "striker", "midfielder", "defender", "goalkeeper",
	"quarterback", "forward", "guard", "pitcher", "lawmaker", "spokesman", "rapporteur",
	"president-elect", "premier", "envoy", "magistrate", "superintendent", "councilman",
	"councilwoman", "councillor", "alderman", "trustee", "treasurer", "clerk", "pastor",
	"lawyer", "attorneys", "lt", "gen", "sen", "rep", "gov", "dr", "mr", "mrs", "ms", "supervisor",
	"chief-executive", "editor", "correspondent", "reporter", "columnist", "actor", "actress",
	"singer", "star", "player", "rookie", "veteran", "champion", "candidate", "nominee",
	"challenger", "incumbent", "chancellor-elect", "emir", "sultan", "crown", "national",
	"security", "adviser", "advisor", "press", "labor", "labour", "energy", "education",
	"homeland", "transportation", "agriculture", "commerce", "environment", "economy",
	"producer", "administrator", "scientist", "researcher", "physicist", "chemist", "astronomer", "novelist", "author", "writer", "poet", "composer", "architect", "designer", "artist", "musician", "guitarist", "rapper", "comedian", "filmmaker", "historian", "biologist", "glaciologist", "geologist", "activist", "lobbyist", "sergeant", "trooper", "nurse", "doctor", "surgeon", "linebacker", "promoter", "publisher", "banker", "investor", "boss", "district", "affairs", "external", "majority", "minority", "whip", "co-author", "cardiologist", "director-general", "secretary-general",
}

// titleAbbrevs are the abbreviated titles of news copy, lower-cased: initialisms
// ("AG" for attorney general, "DA", "PM", "MP") and clipped forms with or without their
// period ("Sen.", "Supt", "Det."). Like the words they abbreviate they are titles, never
// names: before a name they are its role ("AG William Barr"); alone they are a common
// noun ("the AG's allies"). Both title and head sets include them.
var titleAbbrevs = [...]string{
	"ag", "a.g.", "da", "d.a.", "pm", "vp", "mp", "mep", "msp", "mla", "cto", "cio", "cmo",
	"coo", "cfo", "ceo", "gm", "sec.", "secy.", "pres.", "amb.", "atty.", "asst.", "dep.",
	"supt.", "supt", "insp.", "det.", "det", "sgt", "cpl.", "cpl", "pvt.", "pfc.", "spc.",
	"col", "maj", "capt", "cpt.", "adm", "cmdr", "brig.", "cmdt.", "lt.-gen.", "maj.-gen.",
	"gov", "hon.", "msgr.", "fr.", "rev", "prof", "dir.", "chmn.", "comr.", "commr.",
}

// corporateSuffixes end a company's name ("Acme Corp.") and are no name alone.
var corporateSuffixes = [...]string{"inc.", "inc", "corp.", "corp", "co.", "ltd", "ltd.", "llc", "plc", "gmbh", "l.p.", "lp", "llp"}

// stateAbbrevs are the abbreviations news copy uses for U.S. states (AP style; the
// two-letter postal codes are left out, most being common words or initials). Each
// names a place. "Miss." is left out: it is also a title.
var stateAbbrevs = [...]string{
	"ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.",
	"ind.", "kan.", "kans.", "ky.", "la.", "md.", "mass.", "mich.", "minn.", "mo.", "mont.",
	"neb.", "nebr.", "nev.", "n.h.", "n.j.", "n.m.", "n.y.", "n.c.", "n.d.", "okla.",
	"ore.", "pa.", "r.i.", "s.c.", "s.d.", "tenn.", "tex.", "vt.", "va.", "wash.", "w.va.",
	"wis.", "wyo.", "d.c.",
}

// headTitles are the title words that can end a role ("Chief of Staff", "Prime
// Minister"), as opposed to modifiers that only begin one ("White", "Foreign").
var headTitles = [...]string{
	"president", "sen.", "senator", "rep.", "representative", "gov.", "governor", "mayor",
	"chancellor", "minister", "secretary", "general", "judge", "justice", "executive", "ceo",
	"cfo", "coo", "chairman", "chairwoman", "chair", "director", "spokesman", "spokeswoman",
	"spokesperson", "king", "queen", "prince", "princess", "pope", "sheikh", "ayatollah",
	"gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "adm.", "cmdr.", "commissioner",
	"ambassador", "speaker", "leader", "coach", "manager", "captain", "officer", "detective",
	"inspector", "sheriff", "prosecutor", "counsel", "head", "founder", "co-founder",
	"economist", "analyst", "professor", "prof.", "dr.", "mr.", "mrs.", "ms.", "lord", "lady",
	"sir", "dame", "rev.", "reverend", "bishop", "archbishop", "rabbi", "imam", "monsignor", "cardinal", "staff", "striker",
	"midfielder", "defender", "goalkeeper", "quarterback", "pitcher", "lawmaker",
	"president-elect", "premier", "envoy", "magistrate", "superintendent", "councilman",
	"councilwoman", "councillor", "alderman", "trustee", "treasurer", "clerk", "pastor",
	"lawyer", "supervisor", "editor", "correspondent", "reporter", "columnist", "actor",
	"actress", "singer", "star", "player", "rookie", "veteran", "champion", "candidate",
	"nominee", "challenger", "incumbent", "emir", "sultan", "adviser", "advisor", "deputy",
	"forward", "guard", "chief", "dr", "mr", "mrs", "ms", "sen", "rep", "gov", "gen", "owner", "parent", "attorney",
	"producer", "administrator", "scientist", "researcher", "physicist", "chemist", "astronomer", "novelist", "author", "writer", "poet", "composer", "architect", "designer", "artist", "musician", "guitarist", "rapper", "comedian", "filmmaker", "historian", "biologist", "glaciologist", "geologist", "activist", "lobbyist", "sergeant", "trooper", "nurse", "doctor", "surgeon", "linebacker", "promoter", "publisher", "banker", "investor", "boss", "whip", "co-author", "cardiologist", "director-general", "secretary-general",
}

// orgHeads end an organisation's name ("Justice Department", "Acme Corp.").
var orgHeads = [...]string{
	"charities", "charity", "watch", "consortium", // "Catholic Charities", "Human Rights Watch"
	// the same words in the languages whose names news quotes untranslated
	"verband", "verein", "gesellschaft", "stiftung", "partei", "institut", "universität",
	"université", "universidad", "universidade", "università", "ministerio", "ministère",
	"fundación", "fondation", "fundação", "fondazione", "asociación", "associazione",
	"inc.", "inc", "corp.", "corp", "corporation", "co.", "cos.", "cos", "company", "ltd", "ltd.", "llc",
	"plc", "ag", "gmbh", "sa", "s.a.", "group", "holdings", "bank", "department", "ministry",
	"party", "university", "college", "school", "association", "committee", "commission",
	"council", "agency", "administration", "bureau", "office", "court", "congress", "senate",
	"parliament", "assembly", "union", "federation", "foundation", "institute", "society",
	"authority", "board", "service", "services", "police", "army", "navy", "force", "forces",
	"fund", "trust", "church", "hospital", "center", "centre", "centers", "centres", "club", "fc", "league",
	"team", "airlines", "airways", "motors", "motor", "systems", "technologies", "partners",
	"capital", "securities", "industries", "energy", "pharmaceuticals", "labs", "enterprises", "resorts", "images",
	"laboratories", "network", "media", "records", "studios", "entertainment", "coalition",
	"alliance", "organization", "organisation", "front", "movement", "brigade", "cabinet",
	"legislature", "reserve", "exchange", "nations", "state", "house", "communications",
	"electric", "petroleum", "oil", "chemical", "steel", "telecom", "mobile", "foods",
	"stores", "insurance", "financial", "investments", "management", "pentagon", "kremlin",
	"giants", "yankees", "united", "city", "rovers", "wanderers", "athletic", "lakers",
	"celtics", "warriors", "patriots", "eagles", "bears", "cowboys", "jets", "sox", "cubs",
	"dodgers", "mets", "rangers", "raiders", "packers", "bulls", "knicks", "nets", "heat",
	"academy", "elementary", "liga", "open", "program", "programme", "project", "initiative", "campaign", "tribunal",
	"prosecutors", "directorate", "secretariat", "guard", "corps", "institution", "clinic",
	"district", "circuit", "institutes", "construction", "pictures", "bros.", "museum",
	"packing", "supply", "controls", "restaurants", "brands", "airline", "railway",
	"laboratory", "lab", "industrie", "industry", "gruppe", "groupe", "generics", "local",
	"panel", "associates", "caucus", "properties", "realty", "branch", "unit", "cosmetics",
}

// lowerOrgHeads are lower-case nouns that turn the name before them into an
// organisation: "the Obama administration", "the Trump campaign".
var lowerOrgHeads = [...]string{"administration", "campaign", "government", "cabinet", "regime"}

// orgStarts begin an organisation's name ("Bank of America", "University of Chicago").
var orgStarts = [...]string{
	"bank", "university", "department", "ministry", "house", "court", "office", "board",
	"council", "committee", "commission", "bureau", "institute", "church", "federation",
	"league", "college", "school", "union", "federal", "national", "royal", "central",
	"united", "supreme", "general", "international", "american", "european", "world",
	"institutes", "hall", "centre", "center", "centres", "centers", "alliance", "coalition", "fund", "museum",
}

// knownOrgs are organisations a story often names without a telling head word.
var knownOrgs = [...]string{
	"fbi", "cia", "nsa", "nato", "un", "u.n.", "eu", "e.u.", "imf", "who", "opec", "fifa",
	"uefa", "nfl", "nba", "mlb", "nhl", "sec", "fda", "epa", "irs", "doj", "fed", "ecb",
	"google", "apple", "microsoft", "amazon", "facebook", "meta", "twitter", "tesla", "ford",
	"boeing", "airbus", "exxon", "exxonmobil", "chevron", "shell", "bp", "walmart", "target",
	"toyota", "volkswagen", "siemens", "samsung", "sony", "huawei", "alibaba", "tencent",
	"nokia", "ericsson", "intel", "nvidia", "ibm", "oracle", "uber", "netflix", "disney",
	"pfizer", "moderna", "novartis", "unilever", "nestle", "nestlé", "gazprom", "aramco",
	"morgan stanley", "goldman sachs", "jpmorgan", "jpmorgan chase", "citigroup", "barclays",
	"hsbc", "deutsche bank", "wells fargo", "johnson & johnson", "procter & gamble",
	"at&t", "verizon", "white house", "kremlin", "pentagon", "congress", "senate",
	"hamas", "hezbollah", "taliban", "democrats", "republicans", "gop", "labour", "tories",
	"bundestag", "knesset", "duma", "interpol", "europol", "red cross", "greenpeace",
	"oxfam", "amnesty international", "cdc", "nasa", "spacex", "openai", "anthropic",
	"kroger", "costco", "starbucks", "mcdonald's", "coca-cola", "pepsico", "general motors",
	"gm", "chrysler", "stellantis", "renault", "peugeot", "fiat", "bmw", "daimler",
	"mercedes-benz", "honda", "nissan", "hyundai", "kia", "lufthansa", "ryanair", "easyjet",
	"delta", "fedex", "ups", "dhl", "merck", "bayer", "basf", "glaxosmithkline", "astrazeneca",
	"sanofi", "roche", "lloyds", "santander", "ubs", "credit suisse", "blackrock",
	"berkshire hathaway", "lehman brothers", "bear stearns", "merrill lynch", "dell",
	"hewlett-packard", "hp", "cisco", "qualcomm", "adobe", "salesforce", "spotify", "paypal",
	"visa", "mastercard", "american express", "ikea", "zara", "h&m", "adidas", "nike",
	"puma", "philips", "unicef", "unesco", "wto", "oecd", "asean", "african union",
	"arsenal", "chelsea", "liverpool", "barcelona", "juventus", "bayern munich",
	"real madrid", "manchester united", "manchester city", "tottenham", "ajax",
	"dow jones", "philip morris", "lockheed martin", "novo nordisk", "jefferies",
	"eth zurich", "wendy's", "nasdaq", "nyse", "reform uk", "schroders", "abrdn",
	"aston villa", "west ham", "american red cross", "newcastle", "sevilla", "valencia cf", "legambiente",
	// carmakers, electronics, telecoms and other firms of the 1990s wire and after
	"volvo", "saab", "mitsubishi", "subaru", "suzuki", "isuzu", "mazda", "porsche", "audi",
	"motorola", "yahoo", "aol", "compaq", "xerox", "kodak", "texaco", "mobil", "enron", "worldcom",
	"halliburton", "raytheon", "northrop grumman", "general electric", "mattel", "hasbro",
	"nintendo", "toshiba", "hitachi", "panasonic", "fujitsu", "lenovo", "vodafone", "t-mobile",
	"lucent", "alcatel", "dupont", "monsanto", "cargill", "nabisco", "altria", "anheuser-busch",
	"heineken", "carlsberg", "diageo", "gillette", "glaxo wellcome", "smithkline beecham",
}

// outlets are news organisations; a mention of one is kind "outlet".
var outlets = [...]string{
	"reuters", "associated press", "ap", "nyt", "afp", "agence france-presse", "bloomberg",
	"bloomberg news", "new york times", "the new york times", "washington post",
	"the washington post", "wall street journal", "the wall street journal", "politico",
	"cnn", "fox news", "msnbc", "nbc", "nbc news", "abc", "abc news", "cbs", "cbs news",
	"npr", "bbc", "bbc news", "the guardian", "guardian", "financial times",
	"the financial times", "the economist", "economist", "axios", "the hill", "usa today",
	"los angeles times", "the los angeles times", "chicago tribune",
	"the new yorker", "time", "newsweek", "buzzfeed news", "vox", "the intercept",
	"al jazeera", "der spiegel", "spiegel", "le monde", "el país", "el pais", "tass",
	"xinhua", "ria novosti", "kyodo", "yonhap", "the times", "the telegraph",
	"the independent", "daily mail", "the sun", "sky news", "cnbc", "propublica",
	"the boston globe", "boston globe", "the daily beast", "huffpost", "tpm",
	"talking points memo", "breitbart", "the post", "the journal", "the times of india",
	"haaretz", "the jerusalem post", "dpa", "ansa", "efe", "interfax", "die zeit",
	"frankfurter allgemeine", "corriere della sera", "la repubblica", "süddeutsche zeitung",
	"the globe and mail", "toronto star", "sydney morning herald", "the australian",
	"south china morning post", "nikkei", "asahi shimbun", "the hindu", "dawn",
	"the star tribune", "star tribune", "miami herald", "the miami herald", "seattle times",
	"the seattle times", "denver post", "the denver post", "houston chronicle",
	"the houston chronicle", "the dallas morning news", "dallas morning news",
	"press trust of india", "pti", "anadolu", "hollywood reporter", "the hollywood reporter",
	"vanity fair", "rolling stone", "el universal", "le temps", "the lancet", "lancet",
	"stat news", "marca", "the irish times", "irish times", "politico europe",
}

// sourceOutlets are outlets whose names are common words or places ("Variety", "People",
// "The Atlantic"); they are outlets only where a story cites them ("told Variety",
// "Deadline reported").
var sourceOutlets = [...]string{
	"variety", "deadline", "billboard", "people", "puck", "cell", "fortune", "wired",
	"slate", "salon", "vice", "insider", "semafor", "the information", "mother jones",
	"the verge", "engadget", "techcrunch", "axios", "the atlantic",
}

// orgNouns in an appositive ("Morgan Pierce, the asset manager, ...") or before a name
// ("rival McDonald's") show that the name is an organisation, even one that looks like a
// person's.
var orgNouns = [...]string{
	"company", "firm", "maker", "manager", "grocer", "chain", "bank", "retailer", "insurer",
	"group", "giant", "lender", "conglomerate", "carmaker", "startup", "brand", "label",
	"streamer", "studio", "publisher", "broadcaster", "rival", "subsidiary", "airline",
	"contractor", "developer", "owner", "supplier", "shares", "club", "side", "charity",
	"agency", "organization", "organisation", "nonprofit",
}

// outletHeads end the name of a newspaper or broadcaster ("Springfield Gazette").
var outletHeads = [...]string{
	"times", "post", "journal", "herald", "tribune", "gazette", "chronicle", "news",
	"courier", "observer", "examiner", "telegraph", "inquirer", "dispatch", "bulletin",
	"register", "sentinel", "star-ledger", "ledger", "globe", "mirror", "express", "zeitung",
	"radio", "tv", "television", "broadcasting", "wire", "magazine", "daily", "weekly", "monthly",
}

// sourceVerbs follow an outlet cited as a source ("Reuters reported").
var sourceVerbs = [...]string{"reported", "reports", "reporting", "first reported", "said", "wrote"}

// demonyms are nationality adjectives that may open a role ("German Chancellor").
var demonyms = [...]string{
	// adjectives of religion behave the same ("his Muslim ban", "Catholic bishops")
	"muslim", "jewish", "catholic", "protestant", "hindu", "buddhist", "sikh", "islamic",
	"evangelical", "orthodox", "mormon", "anglican", "christian",
	// and those of the world's halves ("the Western media", "Westerners")
	"western", "westerner", "eastern", "easterner",
	"american", "u.s.", "us", "british", "german", "french", "italian", "spanish", "russian",
	"chinese", "japanese", "korean", "indian", "pakistani", "iranian", "iraqi", "syrian",
	"israeli", "palestinian", "turkish", "greek", "polish", "ukrainian", "canadian",
	"mexican", "brazilian", "argentine", "australian", "dutch", "belgian", "swiss",
	"swedish", "norwegian", "danish", "finnish", "irish", "scottish", "egyptian", "saudi",
	"nigerian", "kenyan", "south", "north", "african", "european", "afghan", "venezuelan",
	"colombian", "chilean", "peruvian", "cuban", "hungarian", "czech", "austrian",
	"portuguese", "romanian", "serbian", "thai", "vietnamese", "indonesian", "filipino",
	"malaysian", "singaporean", "emirati", "qatari", "lebanese", "jordanian", "moroccan",
	"algerian", "tunisian", "libyan", "ethiopian", "ghanaian", "zimbabwean", "new", "taiwanese",
	"azerbaijani", "republican", "republicans'", "democrat", "democratic", "communist", "socialist", "soviet", "episcopal", "methodist", "baptist", "lutheran", "presbyterian", "west", "east", "kurdish", "brazilian",
	// nouns of nationality whose plural names a people ("Asian Britons", "Kurds")
	"briton", "brit", "swede", "pole", "turk", "kurd", "arab", "hispanic", "latino", "latina",
}

// particles join the parts of a person's name ("Ludwig van Beethoven", "Osama bin
// Laden", "Charles de Gaulle"). Lower-case.
var particles = [...]string{"van", "von", "der", "de", "del", "della", "di", "da", "du", "le", "la",
	"bin", "ibn", "al", "el", "ben", "dos", "das", "ter", "den", "zu", "y", "es"}

// orgJoiners join the parts of an organisation's or place's name ("Bank of America",
// "Johnson & Johnson", "Trinidad and Tobago").
var orgJoiners = [...]string{"of", "for", "&", "and", "on", "the", "de", "du", "des", "la"}

// nameSuffixes end a person's name ("Martin Luther King Jr.").
var nameSuffixes = [...]string{"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"}

// functionWords are capitalised only because they open a sentence or a headline.
var functionWords = [...]string{
	"a", "an", "the", "and", "or", "but", "if", "in", "on", "at", "to", "of", "for", "by",
	"with", "from", "as", "after", "before", "when", "while", "since", "until", "during", "unlike",
	"he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my",
	"this", "that", "these", "those", "there", "here", "what", "which", "who", "whom", "why",
	"how", "where", "some", "many", "most", "more", "all", "any", "no", "not", "none",
	"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "each",
	"both", "few", "several", "other", "another", "such", "only", "also", "even", "still",
	"yet", "so", "then", "than", "now", "today", "yesterday", "tomorrow", "last", "next",
	"about", "over", "under", "into", "out", "up", "down", "off", "per", "via", "like",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
	"aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "mr", "is", "was", "are", "were", "be",
	"has", "have", "had", "will", "would", "could", "should", "can", "may", "might", "must",
	"do", "does", "did", "said", "says", "asked", "according", "although", "though",
	"because", "however", "meanwhile", "maybe", "perhaps", "somehow", "still", "yet", "so", "instead", "earlier", "later", "despite", "without",
	"among", "between", "against", "through", "around", "across", "whether", "every",
	"much", "very", "just", "well", "again", "once", "twice", "first", "second", "third",
	"new", "old", "big", "former", "photo", "file", "updated", "published", "read", "more",
	"click", "share", "advertisement", "by", "editor's", "note", "breaking", "exclusive",
	"analysis", "opinion", "watch", "live", "video", "sign", "subscribe", "related",
	"christmas", "easter", "ramadan", "thanksgiving", "covid-19", "english",
	"olympics", "olympic", "internet", "web", "tv", "am", "pm", "a.m.",
	"p.m.", "et", "gmt", "yes", "oh", "please", "thank", "thanks", "let", "let's", "rival",
}

// placePrepositions before an unknown name make it a place ("in Springfield").
var placePrepositions = [...]string{"in", "at", "from", "near", "to", "across", "outside", "inside", "toward", "towards"}

// personVerbs after a name make it a person ("Hunt said", "Priebus told").
var personVerbs = [...]string{"said", "says", "told", "added", "wrote", "argued", "insisted",
	"explained", "recalled", "testified", "tweeted", "asked", "replied", "noted", "denied",
	"admitted", "acknowledged", "warned", "claimed", "smiled", "scored", "died", "resigned",
	"thanked", "praised"}

// nicknames maps common English short forms of first names to the full name, so that
// "Bob Mueller" and "Robert Mueller" in one story are one person. Short forms shared by
// several full names (Ted, Al, Pat, Chris, Alex, Sam, Jerry) are left out.
var nicknames = map[string]string{
	"bob": "robert", "bobby": "robert", "rob": "robert", "robbie": "robert",
	"bill": "william", "billy": "william", "will": "william", "willie": "william",
	"jim": "james", "jimmy": "james", "mike": "michael", "tom": "thomas", "tommy": "thomas",
	"joe": "joseph", "joey": "joseph", "dick": "richard", "rick": "richard", "rich": "richard",
	"chuck": "charles", "charlie": "charles", "dave": "david", "dan": "daniel", "danny": "daniel",
	"ed": "edward", "eddie": "edward", "steve": "stephen", "steven": "stephen",
	"tony": "anthony", "larry": "lawrence", "ken": "kenneth", "kenny": "kenneth",
	"andy": "andrew", "nick": "nicholas", "matt": "matthew", "greg": "gregory",
	"jeff": "jeffrey", "ron": "ronald", "ronnie": "ronald", "ben": "benjamin",
	"tim": "timothy", "fred": "frederick", "liz": "elizabeth", "beth": "elizabeth",
	"sue": "susan", "jenny": "jennifer", "jen": "jennifer", "vlad": "vladimir",
}

// commonPlurals are plural nouns of people that open sentences in capitals
// ("Investigators said", "Hundreds fled") and are never names.
var commonPlurals = [...]string{"investigators", "lawmakers", "officials", "hundreds", "thousands",
	"dozens", "millions", "analysts", "critics", "residents", "doctors", "scientists", "experts",
	"researchers", "authorities", "officers", "witnesses", "passengers", "workers", "protesters",
	"activists", "prosecutors", "lawyers", "voters", "students", "teachers", "parents", "survivors",
	"rescuers", "firefighters", "soldiers", "troops", "rebels", "militants", "villagers", "farmers",
	"fishermen", "engineers", "astronomers", "economists", "regulators", "shareholders", "investors",
	"executives", "negotiators", "diplomats", "delegates", "legislators", "senators", "scholars",
	"environmentalists", "conservationists", "meteorologists", "forecasters", "climatologists"}

// celestial are planets and moons, places in the guidelines' sense.
var celestial = map[string]bool{"mercury": true, "venus": true, "mars": true, "jupiter": true,
	"saturn": true, "uranus": true, "neptune": true, "pluto": true, "io": true, "europa": true,
	"ganymede": true, "callisto": true, "titan": true, "enceladus": true, "triton": true,
	"phobos": true, "deimos": true}
