package text

import "testing"

func TestStandsAlone(t *testing.T) {
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"plain statement", "Attorney General Jeff Sessions said Thursday he plans to stay in his job.", true},
		{"dateline statement", "WASHINGTON — The Senate passed the bill on Tuesday.", true},
		{"question", "How do you take a job and then recuse yourself?", false},
		{"opening pronoun", "He has reportedly talked with staff about potential replacements.", false},
		{"opening demonstrative", "This is the third time the court has ruled on the case.", false},
		{"opening but", "But the public expression of confidence masked deeper tensions.", false},
		{"opening connective phrase", "In addition, the agency will cut 300 jobs by March.", false},
		{"fragment in lower case", "and then the committee voted to adjourn the hearing.", false},
		{"headline without full stop", "Sessions Reportedly Signaled He Won't Resign", false},
		{"ends with colon", "The Washington Post reported the exchange as follows:", false},
		{"named speaker after quote", "“He’s not going anywhere,” said another Sessions ally.", true},
		{"named speaker before quote", "Trump said Sessions’ recusal was “extremely unfair” to the president.", true},
		{"pronoun speaker only", "“We’re serving right now,” he said.", false},
		{"connective set off by commas", "The Air Force radar, though, continued to track the plane down to 16,000 feet.", false},
		{"connective phrase set off by commas", "The company, in turn, cut its forecast for the year.", false},
		{"commas around a name", "The chairman, Jim Hall, said the recorder was found.", true},
		{"reported speech of a pronoun", "The flight data recorder should tell investigators if a thruster deployed in flight, he said.", false},
		{"reported speech of a pronoun, inverted", "The recorder was found in 250 feet of water, said she.", false},
		{"reported speech of a name", "The flight data recorder should tell investigators if a thruster deployed, Hall said.", true},
		{"quote without any speaker", "“Time will tell, time will tell.”", false},
		{"according to", "The talks were brief, according to two people close to the White House who asked that their names not be used in the story.", true},
		{"act named earlier", "The decision was prompted by the mayor's failure to disclose the loans.", false},
		{"act named earlier, comma", "The move, which surprised aides, came a day after the vote.", false},
		{"moment named earlier", "The moment passed quickly and the hearing resumed.", false},
		{"act defined in place", "The decision to close the plant was announced on Friday.", true},
		{"act with its agent", "The move by the central bank lifted the currency by 2 percent.", true},
		{"ordinary subject", "The committee voted 12 to 9 to send the bill to the floor.", true},
		{"wire quotes balanced", "Sessions said he plans ‘‘to continue to do so as long as that is appropriate.’’", true},
		{"quote left open", "“I think he ought to really think about revisiting the reason for recusal.", false},
		{"quote closed without opening", "we cannot have that happen,” Trump said.", false},
		{"writer's first person", "I think the attorney general has made his position clear.", false},
		{"writer addressing the reader", "If you just tuned in, Happy99 is a relatively benign virus.", false},
		{"second person inside a quote", "“You can't fire me,” Sessions told the president on Tuesday.", true},
		{"first person inside quote is fine", "“I love Attorney General Sessions,” Cleta Mitchell said.", true},
		{"exclamation", "The court ruled for the plaintiffs!", true},
		{"url", "The full ruling is at https://example.com/ruling for readers.", false},
		{"starts with number", "2016 was the year the campaign began in earnest.", true},
		{"there existential", "There was minimal communication between the White House and the department.", true},
		{"expletive it", "It is unclear when Sessions offered to resign, and Trump refused the offer.", true},
		{"expletive it contracted", "It’s not known whether the talks will resume next week.", true},
		{"referring it", "It was the third time the court had ruled on the case.", false},
		{"referring it contracted", "It’s a lofty goal, considering the film's earnings so far.", false},
		{"contracted pronoun", "He's been a combat pilot, space pioneer and political leader.", false},
		{"contracted demonstrative", "That's 50 to 100 times the rate expected in the population.", false},
		{"contracted existential", "There's no easy way to explain why the cleanup has taken so long.", true},
		{"pointing forward", "Here's a list of what drives workers crazy.", false},
		{"connective what's more", "What's more, organically grown berries always win in taste tests.", false},
		{"report named earlier", "An official with the city police department denied the report.", false},
		{"report named in the sentence", "A report on Tuesday said 300 jobs would go, and the union disputed the report.", true},
		{"report defined by a quantity", "Crime was the subject of 27 percent of the reports.", true},
		{"condition of an earlier sentence", "If so, it will be a long time before travelers hop across the Atlantic.", false},
		{"reply to a question", "Yes, according to a veterinarian at the university.", false},
		{"labelled reply to a question", "A. Yes, according to a veterinarian at the university.", false},
		{"labelled answer", "A: Flea beetles are tiny black insects that chew holes in leaves.", true},
		{"no one", "No one was killed at the school, the police said.", true},
		{"fact box item", "THE PACKAGE: Full-size, four-door, five-passenger sedan with a turbocharged engine.", false},
		{"country over its paragraph", "AUSTRALIA: Even pubs are succumbing to anti-smoke sentiment in Sydney.", true},
		{"numbered list item", "8. Being thrown into jobs without the necessary training.", false},
		{"number opening a sentence", "12 people were hurt when the bus overturned on Tuesday.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := StandsAlone(tt.text); got != tt.want {
				t.Errorf("StandsAlone(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}
