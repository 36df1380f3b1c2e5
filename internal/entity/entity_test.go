package entity

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

// summary is the part of an entity a table test compares.
type summary struct {
	Name, Kind string
	Aliases    []string
	Roles      []string
	Count      int
}

func summarize(ents []Entity) []summary {
	out := make([]summary, 0, len(ents))
	for _, e := range ents {
		out = append(out, summary{e.Name, e.Kind, e.Aliases, e.Roles, len(e.Mentions)})
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []summary
	}{
		{
			name: "titles become roles and surnames merge",
			paras: []string{
				"German Chancellor Angela Merkel spoke in Berlin. Merkel said the chancellor would stay.",
			},
			want: []summary{
				{"Angela Merkel", Person, []string{"Merkel", "the chancellor"}, []string{"German Chancellor"}, 2},
				{"Berlin", Place, nil, nil, 1},
			},
		},
		{
			name: "a former office holder keeps the word former",
			paras: []string{
				"Former FBI Director Robert Mueller now oversees the inquiry. The Senate heard former Treasury Secretary Larry Summers.",
			},
			want: []summary{
				{"FBI", Organization, nil, nil, 1},
				{"Larry Summers", Person, nil, []string{"former Treasury Secretary"}, 1},
				{"Robert Mueller", Person, nil, []string{"former FBI Director"}, 1},
				{"Senate", Organization, nil, nil, 1},
			},
		},
		{
			name:  "ex- before a title is a role",
			paras: []string{"Ex-President Bill Clinton spoke, and Clinton left."},
			want:  []summary{{"Bill Clinton", Person, []string{"Clinton"}, []string{"Ex-President"}, 2}},
		},
		{
			name:  "a short first name is the full one's",
			paras: []string{"Robert Mueller declined to comment. Bob Mueller, as friends call him, said nothing."},
			want:  []summary{{"Robert Mueller", Person, []string{"Bob Mueller"}, nil, 2}},
		},
		{
			name: "a dateline's shouted place is written as the gazetteer writes it",
			paras: []string{
				"WASHINGTON — Attorney General Jeff Sessions said Thursday he plans to stay.",
				"He spoke at the department.",
			},
			want: []summary{
				{"Jeff Sessions", Person, nil, []string{"Attorney General"}, 1},
				{"Washington", Place, []string{"WASHINGTON"}, nil, 1},
			},
		},
		{
			name: "a thing written after an article is no entity, nor a company's product",
			paras: []string{
				"A British Airways Concorde landed in New York. The Concorde's tires burst, and the Concorde crashed.",
				"An Air France Concorde was grounded. Concorde flights resumed, and Air France will sue.",
			},
			want: []summary{
				{"Air France", Organization, nil, nil, 2},
				{"British Airways", Organization, nil, nil, 1},
				{"New York", Place, nil, nil, 1},
			},
		},
		{
			name: "a dateline before a country, and the town of, name a place",
			paras: []string{
				"GONESSE, France (AP) -- The town mourned.",
				"The plane fell on a hotel in the town of Gonesse. Gonesse Mayor Jean-Pierre Blazy wrote to the court.",
			},
			want: []summary{
				{"Gonesse", Place, []string{"GONESSE"}, nil, 3},
				{"AP", Outlet, nil, nil, 1},
				{"France", Place, nil, nil, 1},
				{"Jean-Pierre Blazy", Person, nil, []string{"Gonesse Mayor"}, 1},
			},
		},
		{
			name: "a party or nationality before a person's name is no part of it, nor is a family name a thing",
			paras: []string{
				"Republican Matt Fong and South African Penny Heyns spoke. The Fong campaign and the Fong family thanked Fong.",
			},
			want: []summary{
				{"Matt Fong", Person, []string{"Fong"}, nil, 3},
				{"Fong campaign", Organization, nil, nil, 1},
				{"Penny Heyns", Person, nil, nil, 1},
			},
		},
		{
			name: "war against a place is no game, and an office of a place names the place",
			paras: []string{
				"Russia intensified air strikes against Chechnya on Monday.",
				"Newly elected President of Chechnya, Aslan Maskhadov, ordered a ceasefire. Chechnya is poor.",
			},
			want: []summary{
				{"Chechnya", Place, nil, nil, 3},
				{"Aslan Maskhadov", Person, nil, nil, 1},
				{"Russia", Place, nil, nil, 1},
			},
		},
		{
			name: "a dateline, an adverb or an age before a name is no part of it",
			paras: []string{
				"LONDON Stephen Lawrence was killed in 1993. Struggling Sudan sought aid. Nine-year-old Kaemmerle Fitzpatrick sails.",
			},
			want: []summary{
				{"Kaemmerle Fitzpatrick", Person, nil, nil, 1},
				{"London", Place, []string{"LONDON"}, nil, 1},
				{"Stephen Lawrence", Person, nil, nil, 1},
				{"Sudan", Place, nil, nil, 1},
			},
		},
		{
			name: "an unknown name whose last word the story writes in lower case is no person",
			paras: []string{
				"Maybe Prozac helps. The Climate Change summit opened, and climate change was the topic.",
			},
			want: []summary{
				{"Climate Change", Organization, nil, nil, 1},
				{"Prozac", Organization, nil, nil, 1},
			},
		},
		{
			name: "aircraft models, planets, plural people and days",
			paras: []string{
				"Investigators said an Airbus A340 and a Swissair MD-11 landed. Canadians watched the probe near Jupiter.",
				"The Food and Drug Administration on Tuesday warned. Archbishop Lucien Marchildon prayed.",
				"It recalled the John Glenn 1998 flight.",
			},
			want: []summary{
				{"Food and Drug Administration", Organization, nil, nil, 1},
				{"John Glenn", Person, nil, nil, 1},
				{"Jupiter", Place, nil, nil, 1},
				{"Lucien Marchildon", Person, nil, []string{"Archbishop"}, 1},
				{"Swissair", Organization, nil, nil, 1},
			},
		},
		{
			name: "a person is named by the full name the story writes most",
			paras: []string{
				"George W. Bush spoke. George W. Bush Jr. was named once. George W. Bush left, and Bush smiled.",
			},
			want: []summary{
				{"George W. Bush", Person, []string{"Bush", "George W. Bush Jr."}, nil, 4},
			},
		},
		{
			name: "no person behind a lone general, a Spanish article or a body of a place",
			paras: []string{
				"In general El Nino brings rain. Petroleos de Venezuela said output fell, and Attorney General Janet Reno spoke.",
				"UAW Local 2187 voted. The Log Cabin Republicans met.",
			},
			want: []summary{
				{"Janet Reno", Person, nil, []string{"Attorney General"}, 1},
				{"Log Cabin Republicans", Organization, nil, nil, 1},
				{"Petroleos de Venezuela", Organization, nil, nil, 1},
				{"UAW Local", Organization, nil, nil, 1},
			},
		},
		{
			name: "a spacecraft named for a person is no person, and a place after the is kept",
			paras: []string{
				"WASHINGTON, June 26 (Xinhua) -- Spacecraft Galileo will close in on Europa.",
				"Data from the Galileo spacecraft came in. The Galileo probe, named for the astronomer Galileo Galilei, and the Galileo orbiter.",
				"Walkers in the Cotswolds rested. Rain fell across the Cotswolds, and the Cotswolds were quiet.",
			},
			want: []summary{
				{"Cotswolds", Place, nil, nil, 3},
				{"Europa", Place, nil, nil, 1},
				{"Galileo Galilei", Person, []string{"the astronomer"}, []string{"astronomer"}, 1},
				{"Washington", Place, []string{"WASHINGTON"}, nil, 1},
				{"Xinhua", Outlet, nil, nil, 1},
			},
		},
		{
			name: "a name beside a noun of things is a thing, but a maker or an author stays",
			paras: []string{
				"Regulators approved the painkiller Dolvarex. Dolvarex sales rose, and the Melissa virus spread.",
				"Melissa infected computers. The Boeing jet and the Steven Spielberg film drew crowds.",
			},
			want: []summary{
				{"Boeing", Organization, nil, nil, 1},
				{"Steven Spielberg", Person, nil, nil, 1},
			},
		},
		{
			name: "a medicine called so, or listed after drugs such as, is a thing",
			paras: []string{
				"Doctors prescribed a widely used medicine called Zerafin. Zerafin worked for most.",
				"Drugs such as Calmora help some children; stimulants like Brevex help others.",
				"Pfizer said Calmora prescriptions rose.",
			},
			want: []summary{
				{"Pfizer", Organization, nil, nil, 1},
			},
		},
		{
			name: "a possessive the story writes before 'disease' is the disease",
			paras: []string{
				"Parkinson's disease has stolen his speech. Doctors treat people with Parkinson's, said Ann Lee.",
			},
			want: []summary{{"Ann Lee", Person, nil, nil, 1}},
		},
		{
			name: "a surname missing its final s in a story that names the person often is the person",
			paras: []string{
				"Senator Ann Sessions spoke. Sessions said no. Sessions left. Sessions came back. Sessions waved.",
				"Sessions smiled. Sessions sat. Sessions stood. Sessions read. Sessions wrote. Sessions slept.",
				"Aides have dubbed Session their mentor. Robert Roberts met Robert later.",
			},
			want: []summary{
				{"Ann Sessions", Person, []string{"Session", "Sessions"}, []string{"Senator"}, 12},
				{"Robert Roberts", Person, []string{"Robert"}, nil, 2},
			},
		},
		{
			name: "a quoted headline or title names nothing the word lists do not know; a shouted common word is no acronym",
			paras: []string{
				"The Miami Herald ran a front page (headline: “Flawed Trials Lead to Death Chamber; Boston Confident in System”).",
				"She wrote “Seeking Wisdom in Cyberspace,” a guide for parents.",
				"ART IS AVAILABLE WITH EVERY STORY. The story ran with art available, and NASA and the CERT team (www.cert.org) said so.",
			},
			want: []summary{
				{"CERT", Organization, nil, nil, 1},
				{"Miami Herald", Outlet, nil, nil, 1},
				{"NASA", Organization, nil, nil, 1},
			},
		},
		{
			name:  "a title of gender goes to the surname's holder of that gender before one of unknown gender",
			paras: []string{"Kim Lee spoke first. Jordan Lee spoke next. Mr. Lee said more."},
			want: []summary{
				{"Jordan Lee", Person, []string{"Lee"}, []string{"Mr."}, 2},
				{"Kim Lee", Person, nil, nil, 1},
			},
		},
		{
			name: "a car maker and a model is a product; the maker alone, or as a company, is named",
			paras: []string{
				"The 1996 Isuzu Trooper II and the Chevrolet Corvette sold well. Corvette owners were pleased.",
				"Volvo Cars and the Ford Foundation said Chevrolet would grow, Lincoln Chafee said.",
			},
			want: []summary{
				{"Chevrolet", Organization, nil, nil, 1},
				{"Ford Foundation", Organization, nil, nil, 1},
				{"Lincoln Chafee", Person, nil, nil, 1},
				{"Volvo Cars", Organization, nil, nil, 1},
			},
		},
		{
			name: "a body named for its field goes on with 'and' and the field's second part, but not with a person",
			paras: []string{
				"The Centers for Disease Control and Prevention and the Department of Housing and Urban Development agreed.",
				"The Department of Justice and Eric Holder disagreed. Both served in the Cabinet of Prime Minister Brian Mulroney.",
			},
			want: []summary{
				{"Brian Mulroney", Person, nil, []string{"Prime Minister"}, 1},
				{"Cabinet", Organization, nil, nil, 1},
				{"Centers for Disease Control and Prevention", Organization, nil, nil, 1},
				{"Department of Housing and Urban Development", Organization, nil, nil, 1},
				{"Department of Justice", Organization, nil, nil, 1},
				{"Eric Holder", Person, nil, nil, 1},
			},
		},
		{
			name: "a department named either way, and its initials, are one body",
			paras: []string{
				"The Justice Department and the U.S. Department of Justice are one. DOJ said so.",
				"The Ministry of Defence spoke; the Defence Ministry agreed.",
			},
			want: []summary{
				{"U.S. Department of Justice", Organization, []string{"DOJ", "Justice Department"}, nil, 3},
				{"Ministry of Defence", Organization, []string{"Defence Ministry"}, nil, 2},
			},
		},
		{
			name: "the words of an office's field before a first name are the role",
			paras: []string{
				"Minister of Natural Resources Ralph Goodale met Assistant Secretary of State for Near Eastern Affairs Martin Indyk.",
				"They found natural gas and resources near the eastern shore. Ms. de la Cruz said so.",
			},
			want: []summary{
				{"Martin Indyk", Person, nil, []string{"Assistant Secretary of State for Near Eastern Affairs"}, 1},
				{"Ralph Goodale", Person, nil, []string{"Minister of Natural Resources"}, 1},
				{"de la Cruz", Person, nil, []string{"Ms."}, 1},
			},
		},
		{
			name:  "a title word before a name's suffix is a surname",
			paras: []string{"A statue of Martin Luther King Jr. stands in the abbey."},
			want:  []summary{{"Martin Luther King Jr.", Person, nil, nil, 1}},
		},
		{
			name: "an acronym in the plural is a common noun, and so is its singular",
			paras: []string{
				"Ford sold more SUVs this year. The SUV market grew, NATO said.",
			},
			want: []summary{
				{"Ford", Organization, nil, nil, 1},
				{"NATO", Organization, nil, nil, 1},
			},
		},
		{
			name:  "a first name and a verb of persons outweigh a place word",
			paras: []string{"Malcolm Field said the ferry would run late."},
			want:  []summary{{"Malcolm Field", Person, nil, nil, 1}},
		},
		{
			name:  "companies abbreviated Cos.",
			paras: []string{"The stores of TJX Cos. reported higher sales."},
			want:  []summary{{"TJX Cos.", Organization, nil, nil, 1}},
		},
		{
			name:  "administration is an organisation, not the person",
			paras: []string{"The Obama administration said on Monday that it would appeal."},
			want:  []summary{{"Obama administration", Organization, nil, nil, 1}},
		},
		{
			name:  "outlet cited as a source",
			paras: []string{"The talks failed, according to Reuters."},
			want:  []summary{{"Reuters", Outlet, nil, nil, 1}},
		},
		{
			name:  "company that looks like a person",
			paras: []string{"Shares of Morgan Stanley rose, and Harrison Ford bought a Ford truck."},
			want: []summary{
				{"Ford", Organization, nil, nil, 1},
				{"Harrison Ford", Person, nil, nil, 1},
				{"Morgan Stanley", Organization, nil, nil, 1},
			},
		},
		{
			name:  "club named for its city plays; the city stays a place",
			paras: []string{"Valencia beat Everton 2-1 on Sunday. The fans flew home to Valencia."},
			want: []summary{
				{"Everton", Organization, nil, nil, 1},
				{"Valencia", Organization, nil, nil, 1},
				{"Valencia", Place, nil, nil, 1},
			},
		},
		{
			name:  "company that looks like a person, shown by an appositive",
			paras: []string{"Dalton Reed, the asset manager, said profits rose. Dalton Reed chief executive Ann Cole spoke."},
			want: []summary{
				{"Dalton Reed", Organization, nil, nil, 2},
				{"Ann Cole", Person, nil, []string{"chief executive"}, 1},
			},
		},
		{
			name:  "unknown outlet cited as a source",
			paras: []string{"The director told Variety that filming would start in May."},
			want:  []summary{{"Variety", Outlet, nil, nil, 1}},
		},
		{
			name:  "possessive inside an organisation's name",
			paras: []string{"The U.S. Attorney's Office in Brooklyn charged him."},
			want: []summary{
				{"Brooklyn", Place, nil, nil, 1},
				{"U.S. Attorney's Office", Organization, nil, nil, 1},
			},
		},
		{
			name:  "quoted title and prize are not entities",
			paras: []string{`She won the Pritzker Prize for "Killers of the Flower Moon" in Paris.`},
			want:  []summary{{"Paris", Place, nil, nil, 1}},
		},
		{
			name:  "a state's abbreviation ends a place, unless an institution goes on",
			paras: []string{"Said Tom Varga, an analyst in Auburn Hills, Mich. Varga's firm counts the cars. He studied at N.C. State University."},
			want: []summary{
				{"Tom Varga", Person, []string{"Varga"}, nil, 2},
				{"Auburn Hills", Place, nil, nil, 1},
				{"Mich.", Place, nil, nil, 1},
				{"N.C. State University", Organization, nil, nil, 1},
			},
		},
		{
			name:  "an ocean and a magazine of one name, and an airport named after a person",
			paras: []string{"The jet crossed the Atlantic and landed at Kennedy airport. The pilot told The Atlantic about it."},
			want: []summary{
				{"Atlantic", Place, nil, nil, 1},
				{"Atlantic", Outlet, nil, nil, 1},
				{"Kennedy", Place, nil, nil, 1},
			},
		},
		{
			name: "a name guessed a person's that is never shortened is not",
			paras: []string{
				"Fans of Blue Harbor lined up. Blue Harbor toys sold out, and Blue Harbor posters too.",
				"Tom Hale spoke. Tom Hale left. Tom Hale came back, and Tom Hale sat. Tom Hale sang.",
				"Blue Harbor opened on Friday. Blue Harbor broke records. Hale was pleased.",
			},
			want: []summary{
				{"Tom Hale", Person, []string{"Hale"}, nil, 6},
				{"Blue Harbor", Organization, nil, nil, 5},
			},
		},
		{
			name:  "a plural head opens an organisation's name",
			paras: []string{"The Centers for Disease Control tracked the virus, and the CDC warned doctors."},
			want:  []summary{{"Centers for Disease Control", Organization, []string{"CDC"}, nil, 2}},
		},
		{
			name:  "a title of gender picks the full name a surname stands for",
			paras: []string{"Gary Beck and his wife, Victoria Beck, tried a new drug. Ms. Beck said it helped, and Mr. Beck agreed."},
			want: []summary{
				{"Gary Beck", Person, []string{"Beck"}, []string{"Mr."}, 2},
				{"Victoria Beck", Person, []string{"Beck"}, []string{"Ms."}, 2},
			},
		},
		{
			name:  "a relative named after a word of family is a person",
			paras: []string{"He teaches with his wife, Bina, and their son Kristoff helps."},
			want: []summary{
				{"Bina", Person, nil, nil, 1},
				{"Kristoff", Person, nil, nil, 1},
			},
		},
		{
			name:  "a name hyphened to 'based', 'era' or 'led' is an adjective",
			paras: []string{"The Hong Kong-based Information Center said an Obama-era rule and U.S.-led talks failed."},
			want:  []summary{{"Information Center", Organization, nil, nil, 1}},
		},
		{
			name: "a company named in full lends its name to the word alone; the House is not the White House",
			paras: []string{
				"Workers at DaimlerChrysler AG walked out. Talks at DaimlerChrysler resumed on Monday.",
				"The White House said the House would vote, said Rep. Rick Lazio, R-N.Y., and House Republican leaders agreed.",
			},
			want: []summary{
				{"DaimlerChrysler AG", Organization, []string{"DaimlerChrysler"}, nil, 2},
				{"House", Organization, nil, nil, 1},
				{"House Republican", Organization, nil, nil, 1},
				{"Rick Lazio", Person, nil, []string{"Rep."}, 1},
				{"White House", Organization, nil, nil, 1},
			},
		},
		{
			name:  "a company's name before a product",
			paras: []string{"The file crashed twice, and Microsoft Outlook froze."},
			want:  []summary{{"Microsoft Outlook", Organization, nil, nil, 1}},
		},
		{
			name:  "a dateline's city of two words in capitals, when the story writes 'new' in lower case",
			paras: []string{"NEW YORK (AP) -- A new virus spread on Friday."},
			want:  []summary{{"AP", Outlet, nil, nil, 1}, {"New York", Place, []string{"NEW YORK"}, nil, 1}},
		},
		{
			name:  "a building named after a titled person is a place",
			paras: []string{"Delegates stayed at the Queen Elizabeth Hotel and toured Prince Edward Island."},
			want: []summary{
				{"Prince Edward Island", Place, nil, nil, 1},
				{"Queen Elizabeth Hotel", Place, nil, nil, 1},
			},
		},
		{
			name:  "a publication's head before 'of' names an outlet",
			paras: []string{"The study appeared in the New England Journal of Medicine, and the Times of Zambia reported it."},
			want: []summary{
				{"New England Journal of Medicine", Outlet, nil, nil, 1},
				{"Times of Zambia", Outlet, nil, nil, 1},
			},
		},
		{
			name:  "a compound adjective opens no name; a compass word before a place is the place's",
			paras: []string{"The dark-haired boy met Dark-haired Max in East Berlin, and DeMarco Enterprises paid."},
			want: []summary{
				{"DeMarco Enterprises", Organization, nil, nil, 1},
				{"East Berlin", Place, nil, nil, 1},
				{"Max", Person, nil, nil, 1},
			},
		},
		{
			name:  "laws, treaties and programmes are no people",
			paras: []string{"Under the Hague Convention and the Endangered Species Act, Project Exile went on."},
			want: []summary{
				{"Endangered Species Act", Organization, nil, nil, 1},
				{"Hague Convention", Organization, nil, nil, 1},
				{"Project Exile", Organization, nil, nil, 1},
			},
		},
		{
			name:  "a leading initial does not part a person from the same name without it",
			paras: []string{"Dr. J. Bruce Moseley led the trial. Bruce Moseley said the results were clear."},
			want:  []summary{{"J. Bruce Moseley", Person, []string{"Bruce Moseley"}, []string{"Dr."}, 2}},
		},
		{
			name:  "a disease named after a person is no mention of one; a country's law is the country's",
			paras: []string{"Patients with Parkinson's disease and Tourette's syndrome took part under China's law."},
			want:  []summary{{"China", Place, nil, nil, 1}},
		},
		{
			name:  "an adjective of religion is no name",
			paras: []string{"A coalition of Christian groups ran ads. The Christian right backed them."},
			want:  []summary{},
		},
		{
			name:  "a lower-case particle inside a place's name",
			paras: []string{"The embassy in Dar es Salaam was hit. Police in Dar es Salaam arrested two men."},
			want:  []summary{{"Dar es Salaam", Place, nil, nil, 2}},
		},
		{
			name: "a magazine's name opening a sentence, written in lower case elsewhere, is the word",
			paras: []string{"“Time will tell, time will tell,” Trump added. Fortune favours the brave, he said.",
				"He had no fortune. Time magazine said so later."},
			want: []summary{{"Time", Outlet, nil, nil, 1}, {"Trump", Person, nil, nil, 1}},
		},
		{
			name:  "two names hyphened before a noun describe it",
			paras: []string{"Jeff Sessions stepped clear of the Russia-Trump investigations and of Israel-Syria talks in Guinea-Bissau."},
			want:  []summary{{"Guinea-Bissau", Place, nil, nil, 1}, {"Jeff Sessions", Person, nil, nil, 1}},
		},
		{
			name: "charities, watchdogs, the People's Republic, national offices, a shouted place with a particle",
			paras: []string{"Donna Taylor at Catholic Charities said so, citing Human Rights Watch.",
				"They filed a petition with the People's Republic of China, and Westerners read the Western media.",
				"She wrote to the Chinese Ambassador and the Russian Foreign Minister.",
				"DAR ES SALAAM (Xinhua) -- Tanzanian Prime Minister Frederick Sumaye said Tanzanians would help.",
				"Quebecers and Londoners voted, and the New Yorker wrote about it.",
				"Kurds and Swedes marched with Arab students.",
				"Thirty Texans and Hispanic voters joined them. Thirty percent were Latinos.",
				"Under Proposition 187 and Section 8, the pill is a Schedule II drug.",
				"The Children's Bridge, an adoption agency in Canada, was praised by the People's Daily.",
				"Parents thanked the Children's Bridge, said Janet Nudelman, a director at the company.",
				"Hut Landon, a bookstore owner in Mill Valley, agreed."},
			want: []summary{
				{"Children's Bridge", Organization, nil, nil, 2},
				{"Canada", Place, nil, nil, 1},
				{"Catholic Charities", Organization, nil, nil, 1},
				{"Dar es Salaam", Place, []string{"DAR ES SALAAM"}, nil, 1},
				{"Donna Taylor", Person, nil, nil, 1},
				{"Frederick Sumaye", Person, nil, []string{"Tanzanian Prime Minister"}, 1},
				{"Human Rights Watch", Organization, nil, nil, 1},
				{"Hut Landon", Person, nil, nil, 1},
				{"Janet Nudelman", Person, nil, nil, 1},
				{"Mill Valley", Place, nil, nil, 1},
				{"New Yorker", Outlet, nil, nil, 1},
				{"People's Daily", Outlet, nil, nil, 1},
				{"People's Republic of China", Place, nil, nil, 1},
				{"Xinhua", Outlet, nil, nil, 1},
			},
		},
		{
			name: "temperature scales are units, and a lone letter is no name",
			paras: []string{"Water in Lima reached 30 C (86 F), or 86 degrees Fahrenheit, about 30 degrees Celsius.",
				"The key read 1)T; 2)F; 3)T; 4)F and nothing more."},
			want: []summary{{"Lima", Place, nil, nil, 1}},
		},
		{
			name: "wars, eras, holidays, weather and God are no entities; a hemisphere is a place",
			paras: []string{"Since the Cold War and the Industrial Revolution, the Northern Hemisphere has warmed faster than in the Ice Age.",
				"Believers say God made the world, and pray to Allah.",
				"After World War II, Super Bowl XXX drew Louis XIV fans.",
				"El Nino and La Nina warm and cool the Pacific.",
				"He became Public Enemy No. 1 for progressives.",
				"On International Women's Day, Mother's Day and Labor Day, Vladimir Putin handed out awards."},
			want: []summary{{"Louis XIV", Person, nil, nil, 1}, {"Northern Hemisphere", Place, nil, nil, 1}, {"Pacific", Place, nil, nil, 1}, {"Vladimir Putin", Person, nil, nil, 1}},
		},
		{
			name: "spellings and a country's prefix do not part an organisation",
			paras: []string{"The World Health Organisation and the U.S. Centers for Disease Control met the Malaria Consortium.",
				"The World Health Organization and the CDC paid 5 million U.S. Dollars."},
			want: []summary{
				{"U.S. Centers for Disease Control", Organization, []string{"CDC"}, nil, 2},
				{"World Health Organisation", Organization, []string{"World Health Organization"}, nil, 2},
				{"Malaria Consortium", Organization, nil, nil, 1},
			},
		},
		{
			name: "a common word capitalised inside a sentence is no name, unless a longer name has it",
			paras: []string{"Cases of malaria fell, and malaria deaths too, said Tom Reading after reading the reports.",
				"A reduction in Malaria cases was seen, Reading said, reading on. Malaria was down."},
			want: []summary{{"Tom Reading", Person, []string{"Reading"}, nil, 2}},
		},
		{
			name: "an office of the state and words that describe a person are no part of the name",
			paras: []string{"U.S. Secretary of the Interior Bruce Babbitt hailed the accord.",
				"Freshman Billy McClure said every freshman agreed, and so did Avin Mark Domnitz.",
				"Vice Admiral Mikhail Motsak said the fleet was ready, and no other admiral spoke.",
				"The figures came from the Bureau of Justice Statistics."},
			want: []summary{
				{"Avin Mark Domnitz", Person, nil, nil, 1},
				{"Billy McClure", Person, nil, nil, 1},
				{"Bruce Babbitt", Person, nil, []string{"Secretary of the Interior"}, 1},
				{"Bureau of Justice Statistics", Organization, nil, nil, 1},
				{"Mikhail Motsak", Person, nil, []string{"Vice Admiral"}, 1},
			},
		},
		{
			name:  "a name described as a person is no park",
			paras: []string{"“It's almost like a religion,” said Won Park, a watercolor artist who flew in for the day, near Lincoln Park."},
			want:  []summary{{"Lincoln Park", Place, nil, nil, 1}, {"Won Park", Person, nil, nil, 1}},
		},
		{
			name: "vice- titles, a place's City, and organisations named in German",
			paras: []string{"Chinese Vice-Premier Qian Qichen flew from Oklahoma City to Quebec City.",
				"The Deutscher Leichtathletik Verband banned him, and Manchester City beat Chelsea 2-1."},
			want: []summary{
				{"Chelsea", Organization, nil, nil, 1},
				{"Deutscher Leichtathletik Verband", Organization, nil, nil, 1},
				{"Manchester City", Organization, nil, nil, 1},
				{"Oklahoma City", Place, nil, nil, 1},
				{"Qian Qichen", Person, nil, []string{"Chinese Vice-Premier"}, 1},
				{"Quebec City", Place, nil, nil, 1},
			},
		},
		{
			name:  "a title's possessive owns the name after it",
			paras: []string{"The twins stayed in the Governor's Mansion, said Kevin Howell, an editor at trade magazine Publisher's Weekly."},
			want:  []summary{{"Governor's Mansion", Place, nil, nil, 1}, {"Kevin Howell", Person, nil, nil, 1}, {"Publisher's Weekly", Outlet, nil, nil, 1}},
		},
		{
			name: "a verb before a country, a possessive title, a first name before a body's head",
			paras: []string{"Critics want to judge Portugal by its deeds, said the president's Office of Budget Review.",
				"The Hannah Center said Monday that the vote was fair. Acting Portuguese President Ivo Marek agreed."},
			want: []summary{
				{"Hannah Center", Organization, nil, nil, 1},
				{"Ivo Marek", Person, []string{"the president"}, []string{"Acting Portuguese President"}, 1},
				{"Office of Budget Review", Organization, nil, nil, 1},
				{"Portugal", Place, nil, nil, 1},
			},
		},
		{
			name: "places in a list after counties of, east of, and before an appositive city",
			paras: []string{"Farms in the counties of Velmora, Ostrik and Dunhallow were flooded, four miles east of Pellaton.",
				"Donors praised Zarnow, a grimy industrial city that few visit.",
				"Rep. Ann Lowe, D-Fla., said African-Americans and the Net were not to blame for Lyme disease or AIDS."},
			want: []summary{
				{"Ann Lowe", Person, nil, []string{"Rep."}, 1},
				{"Dunhallow", Place, nil, nil, 1},
				{"Ostrik", Place, nil, nil, 1},
				{"Pellaton", Place, nil, nil, 1},
				{"Velmora", Place, nil, nil, 1},
				{"Zarnow", Place, nil, nil, 1},
			},
		},
		{
			name: "a place head after a title word, a place after in, a panel on, and phrases that name nothing",
			paras: []string{"Even in King County the poll was close, as in the Third World and the former Soviet Union.",
				"He spoke of it in his State of the Union address.",
				"A doctor in Ann Arbor liked the houseboy in Dana Phillips' film and the Intergovernmental Panel on Climate Change."},
			want: []summary{
				{"Ann Arbor", Place, nil, nil, 1},
				{"Dana Phillips", Person, nil, nil, 1},
				{"Intergovernmental Panel on Climate Change", Organization, nil, nil, 1},
				{"King County", Place, nil, nil, 1},
				{"Soviet Union", Place, nil, nil, 1},
			},
		},
		{
			name:  "an honorific after a lower-case title, a branch, and a route",
			paras: []string{"Agency chairman Sir Colin Field said the Air Accident Investigation Branch would fly the London-to-New York route."},
			want: []summary{
				{"Air Accident Investigation Branch", Organization, nil, nil, 1},
				{"Colin Field", Person, nil, []string{"Sir"}, 1},
			},
		},
		{
			name:  "an office's field after its head title is part of the role",
			paras: []string{"“We are full,” said Director of Operations Beth Whitfield, chairman of Sun Ridge Properties."},
			want: []summary{
				{"Beth Whitfield", Person, nil, []string{"Director of Operations"}, 1},
				{"Sun Ridge Properties", Organization, nil, nil, 1},
			},
		},
		{
			name:  "empty",
			paras: []string{"", "   "},
			want:  []summary{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := summarize(Find([]news.Article{{ID: "a", Paragraphs: tc.paras}}))
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("Find mismatch (-want +got):\n%s", d)
			}
		})
	}
}

// TestOwnOutlet checks that a name that is the outlet of one of the story's articles is
// an outlet, whatever it looks like.
func TestOwnOutlet(t *testing.T) {
	ents := Find([]news.Article{
		{ID: "a", Outlet: "Latin Trade", Paragraphs: []string{"Exports rose, the editors of Latin Trade wrote. In Latin Trade, prices fell."}},
	})
	if got := summarize(ents); len(got) != 1 || got[0].Name != "Latin Trade" || got[0].Kind != Outlet {
		t.Errorf("want Latin Trade as an outlet, got %+v", got)
	}
}

// TestShoutedHonorific checks that "MS" before a word not in capitals is an acronym, not
// the title Ms.
func TestShoutedHonorific(t *testing.T) {
	for _, tc := range []struct {
		para, name string
		roles      []string
	}{
		{"The virus spread through MS Word files.", "MS Word", nil},
	} {
		var got *Entity
		ents := Find([]news.Article{{ID: "a", Paragraphs: []string{tc.para}}})
		for i := range ents {
			if ents[i].Name == tc.name {
				got = &ents[i]
			}
		}
		if got == nil {
			t.Errorf("%q: no entity %q in %+v", tc.para, tc.name, summarize(ents))
			continue
		}
		if !slices.Equal(got.Roles, tc.roles) {
			t.Errorf("%q: %s has roles %q, want %q", tc.para, tc.name, got.Roles, tc.roles)
		}
	}
}

// TestOrgFirstWordAndPlaceAdjective checks that the first word of an organisation the
// story names in full is not taken for the surname of a person-like name that opens with
// it, and that a place's adjective alone ("Mongolian") is no entity.
func TestOrgFirstWordAndPlaceAdjective(t *testing.T) {
	ents := Find([]news.Article{{ID: "a", Paragraphs: []string{
		"Delphi Automotive Systems Corp. said Delphi East Smith would close. Delphi said so again.",
		"The Mongolian side and the Egyptian minister met in Cairo.",
	}}})
	for _, e := range ents {
		if e.Name == "Mongolian" || e.Name == "Egyptian" {
			t.Errorf("a place's adjective is an entity: %+v", summarize([]Entity{e}))
		}
		if e.Kind == Person && slices.Contains(e.Aliases, "Delphi") {
			t.Errorf("the company's first word went to a person: %+v", summarize([]Entity{e}))
		}
	}
	var corp *Entity
	for i := range ents {
		if ents[i].Name == "Delphi Automotive Systems Corp." {
			corp = &ents[i]
		}
	}
	if corp == nil || !slices.Contains(corp.Aliases, "Delphi") {
		t.Errorf("want Delphi Automotive Systems Corp. with the alias Delphi, got %+v", summarize(ents))
	}
}

func TestPerOutlet(t *testing.T) {
	arts := []news.Article{
		{ID: "a", Outlet: "Post", Paragraphs: []string{"Angela Merkel met Emmanuel Macron."}},
		{ID: "b", Outlet: "Times", Paragraphs: []string{"Merkel spoke. Merkel left."}},
	}
	ents := Find(arts)
	want := map[string]int{"Post": 1, "Times": 2}
	if d := cmp.Diff(want, PerOutlet(ents[0], arts)); d != "" {
		t.Errorf("PerOutlet mismatch (-want +got):\n%s", d)
	}
}

func seedArticles(tb testing.TB) []news.Article {
	files, err := filepath.Glob("../../examples/sessions/*.txt")
	if err != nil || len(files) == 0 {
		tb.Skip("seed articles not found")
	}
	var arts []news.Article
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		var paras []string
		for _, p := range strings.Split(string(data), "\n") {
			if strings.TrimSpace(p) != "" {
				paras = append(paras, p)
			}
		}
		arts = append(arts, news.Article{ID: filepath.Base(f), Paragraphs: paras})
	}
	return arts
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"", "German Chancellor Angela Merkel said.", "U.S. Sen. Ted Cruz's", "Bank of", "von der", "Johnson & Johnson", "I’m O'Brien-led \xff\xfe", "the Obama administration", "A. B. C.",
		"without their AG. The AG’s allies", "ALBUQUERQUE, N.M. — AG William Barr met Det. Ann Ruiz in Ariz.", "Acme Inc., Tom Hale, Jr., Inc.\nJr.\nSiemens AG", "Calif.", "his Muslim ban"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		paras := strings.Split(s, "\n")
		ents := Find([]news.Article{{ID: "x", Paragraphs: paras}})
		for _, e := range ents {
			if e.Name == "" || len(e.Mentions) == 0 {
				t.Fatalf("empty entity %+v", e)
			}
			for _, m := range e.Mentions {
				p := paras[m.Paragraph]
				if m.Start < 0 || m.Start >= m.End || m.End > len(p) || p[m.Start:m.End] != m.Text {
					t.Fatalf("bad span %+v in %q", m, p)
				}
				if utf8.ValidString(p) && !utf8.ValidString(m.Text) {
					t.Fatalf("span splits a rune: %+v", m)
				}
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	arts := seedArticles(b)
	n := 0
	for _, a := range arts {
		for _, p := range a.Paragraphs {
			n += len(p)
		}
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		Find(arts)
	}
}

// TestNotPeople checks the test quote finding uses: organisations, places, outlets and
// weather are no people; people and unknown names may be.
func TestNotPeople(t *testing.T) {
	ents := Find([]news.Article{{ID: "a", Paragraphs: []string{
		"Jeff Sessions met officials of the Justice Department in Paris. Will La Nina wane as El Nino lingers?"}}})
	// (names that end no entity: weather, wars, holidays)
	notPerson := NotPeople(ents)
	for name, want := range map[string]bool{"Justice Department": true, "Paris": true, "PARIS": true,
		"El Nino": true, "La Nina": true, "Fan Day": true, "Cold War": true, "Jeff Sessions": false, "Sessions": false, "Tom Hale": false} {
		if got := notPerson(name); got != want {
			t.Errorf("NotPeople(%q) = %v, want %v", name, got, want)
		}
	}
}
