package text

// abbrevClass says how a period after a known abbreviation is read.
type abbrevClass uint8

const (
	notAbbrev abbrevClass = iota
	// title abbreviations precede a name: the period never ends a sentence.
	title
	// never abbreviations ("vs.", "e.g.") are always followed by more of the sentence.
	never
	// numeric abbreviations ("No.", "Vol.") are abbreviations only before a number.
	numeric
	// weak abbreviations ("Inc.", "a.m.", "U.S.", initials) often end a sentence
	// too: the next word decides (see starters).
	weak
	// place abbreviations (AP state names, months) are followed inside a sentence by a
	// comma or a number, so before a capitalised word they end the sentence.
	place
)

// abbrevs maps an abbreviation, as written but without its final period, to its class.
// Lookups are case-sensitive so that "mass." and "no." stay ordinary words; an
// all-capitals token ("ST." in a dateline) is also looked up in title case.
var abbrevs = func() map[string]abbrevClass {
	m := map[string]abbrevClass{}
	add := func(c abbrevClass, words ...string) {
		for _, w := range words {
			m[w] = c
		}
	}
	add(title, "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Sen", "Sens",
		"Rep", "Reps", "Gov", "Govs", "Lt", "Gen", "Col", "Maj", "Capt", "Cmdr", "Adm",
		"Sgt", "Cpl", "Pvt", "Spc", "Brig", "Ens", "Rev", "Fr", "Msgr", "Hon", "Pres",
		"Supt", "Det", "Insp", "Atty", "Sec", "Amb", "Mt", "Ft", "Sra", "Mme", "Mlle",
		"Gens", "Cols", "Lts", "Sgts", "Reverend")
	add(never, "vs", "v", "e.g", "i.e", "cf", "viz", "approx", "incl", "ca")
	add(numeric, "No", "Nos", "no", "nos", "Vol", "vol", "Art", "art", "Fig", "fig",
		"pp", "p", "Ch", "ch", "Sec", "Para", "para", "Ex", "Rte", "Rt")
	add(weak, "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Mfg", "Intl", "Assn", "Dept",
		"Univ", "Jr", "Sr", "Esq", "St", "Ste", "Ave", "Blvd", "Rd", "Ln", "Hwy", "Pl",
		"Sq", "etc", "al", "est", "Tue", "Tues", "Thu", "Thur", "Thurs", "Ed", "Govt", "Mt",
		"Ph", "oz", "lb", "lbs", "ft", "yd", "mi", "km", "min", "max", "hr", "hrs",
		"mph", "Gov't", "Dist", "Cty", "Twp", "Pte", "Plc", "PLC", "LLC",
		"LLP", "Bhd", "Pty", "AG", "SA", "NV", "GmbH")
	add(place, "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
		"Nov", "Dec", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga",
		"Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss",
		"Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt",
		"Wash", "Wis", "Wyo", "Alta", "Ont", "Que", "Sask")
	// Titles win over the same spelling elsewhere (Sec. is a title and a section).
	m["Sec"], m["Mt"] = title, title
	return m
}()

// starters are words that commonly begin a sentence in news copy and rarely follow an
// abbreviation inside a name, so after "U.S.", "Inc." or "p.m." they signal a new
// sentence ("at 3 p.m. The vote ..."), while a name ("U.S. Army") does not.
var starters = makeSet(
	"The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That",
	"These", "Those", "There", "Here", "His", "Her", "Its", "Their", "Our", "My", "Your",
	"But", "And", "Or", "So", "Yet", "If", "When", "While", "After", "Before", "As",
	"Since", "Although", "Though", "Because", "In", "On", "At", "For", "From", "With",
	"By", "To", "Of", "Under", "During", "Despite", "Among", "Meanwhile", "However",
	"Still", "Then", "Now", "Earlier", "Later", "Last", "Both", "Some", "Many", "Most",
	"Other", "Others", "All", "Each", "Every", "Such", "Several", "What", "Who", "Why",
	"How", "Where", "Which", "Also", "Even", "Only", "Not", "No", "Yes", "Asked",
	"According", "Officials", "Police", "Authorities", "Analysts", "Critics",
	"Investors", "Shares", "Stocks", "Experts", "Witnesses", "Prosecutors", "Neither",
	"Either", "Another", "Instead", "Once", "Until", "Unless", "Whether", "Just", "More",
	"Nearly", "About", "Without", "Within", "Further", "Thus", "Indeed", "Nor", "Few",
	"Today", "Tomorrow", "Yesterday", "Tonight", "Overall", "Separately", "Elsewhere",
	"Initially", "Eventually", "Finally", "First", "Second", "Third", "Next", "Did",
	"Do", "Does", "Is", "Are", "Was", "Were", "Will", "Would", "Can", "Could", "Should",
	"Has", "Have", "Had", "Let", "Given", "Following", "Prior", "Like", "Unlike",
)

// speechVerbs mark attribution after a quoted question or exclamation:
// `"Why now?" Smith asked.` is one sentence.
var speechVerbs = makeSet(
	"said", "says", "asked", "asks", "added", "adds", "told", "wrote", "writes",
	"replied", "replies", "shouted", "yelled", "exclaimed", "cried", "recalled",
	"wondered", "demanded", "insisted", "continued", "tweeted", "posted", "joked",
	"quipped", "pleaded", "screamed", "laughed", "shot", "countered", "mused",
)
