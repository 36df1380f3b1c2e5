package timex

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// friday is the anchor of most cases: Friday 2019-03-15.
var friday = time.Date(2019, 3, 15, 9, 0, 0, 0, time.UTC)

type found struct{ Text, Type, Value string }

func finds(text string, anchor time.Time) []found {
	var out []found
	for _, e := range Find(text, anchor) {
		out = append(out, found{e.Text, e.Type, e.Value})
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		anchor time.Time
		want   []found
	}{
		{"weekday past", "The minister resigned on Tuesday.", friday, []found{{"Tuesday", "DATE", "2019-03-12"}}},
		{"weekday future", "The board will meet Tuesday.", friday, []found{{"Tuesday", "DATE", "2019-03-19"}}},
		{"weekday next", "Talks resume next Monday.", friday, []found{{"next Monday", "DATE", "2019-03-18"}}},
		{"weekday anchor day", "Police said Friday that two men were held.", friday, []found{{"Friday", "DATE", "2019-03-15"}}},
		{"weekday with date", "It began on Tuesday, March 12, 2019, in Paris.", friday, []found{{"Tuesday, March 12, 2019", "DATE", "2019-03-12"}}},
		{"in March past", "Sales fell in March.", time.Date(2019, 6, 1, 0, 0, 0, 0, time.UTC), []found{{"March", "DATE", "2019-03"}}},
		{"in March future", "The vote will take place in March.", time.Date(2019, 6, 1, 0, 0, 0, 0, time.UTC), []found{{"March", "DATE", "2020-03"}}},
		{"full date", "on March 15, 2019, the court ruled", friday, []found{{"March 15, 2019", "DATE", "2019-03-15"}}},
		{"day month", "signed on 15 March", friday, []found{{"15 March", "DATE", "2019-03-15"}}},
		{"passive after a modal is no past", "Officials said the boy should be sent back by Jan. 14.", time.Date(2000, 1, 8, 0, 0, 0, 0, time.UTC), []found{{"Jan. 14", "DATE", "2000-01-14"}}},
		{"a chronology's item is in the past", "Dec. 10 -- The uncle applies for asylum.", time.Date(2000, 6, 20, 0, 0, 0, 0, time.UTC), []found{{"Dec. 10", "DATE", "1999-12-10"}}},
		{"a date before a dash inside a sentence keeps the nearest year", "The vote, due Dec. 10 -- a close one -- is near.", time.Date(2000, 6, 20, 0, 0, 0, 0, time.UTC), []found{{"Dec. 10", "DATE", "2000-12-10"}}},
		{"range of days with year", "Oct. 12-13, 1992: a Concorde flew around the world.", friday, []found{{"Oct. 12-13, 1992", "DATE", "1992-10-12"}}},
		{"range of days without year", "The talks ran June 3-5 in Geneva.", friday, []found{{"June 3-5", "DATE", "2018-06-03"}}},
		{"the nth of", "until the 3rd of April 2020", friday, []found{{"the 3rd of April 2020", "DATE", "2020-04-03"}}},
		{"abbrev", "filed Jan. 4 in court", friday, []found{{"Jan. 4", "DATE", "2019-01-04"}}},
		{"slash", "dated 3/15/2019.", friday, []found{{"3/15/2019", "DATE", "2019-03-15"}}},
		{"iso", "released 2018-11-02 by", friday, []found{{"2018-11-02", "DATE", "2018-11-02"}}},
		{"month year", "in June 2017 the", friday, []found{{"June 2017", "DATE", "2017-06"}}},
		{"decade", "since the 1990s", friday, []found{{"the 1990s", "DATE", "199"}}},
		{"mid decade", "in the mid-1990s", friday, []found{{"the mid-1990s", "DATE", "199"}}},
		{"year", "elected in 1998 and", friday, []found{{"1998", "DATE", "1998"}}},
		{"count not year", "about 1500 people and 2,000 more", friday, nil},
		{"today", "Markets fell today and yesterday, and may rise tomorrow.", friday, []found{{"today", "DATE", "2019-03-15"}, {"yesterday", "DATE", "2019-03-14"}, {"tomorrow", "DATE", "2019-03-16"}}},
		{"tonight", "He speaks tonight.", friday, []found{{"tonight", "TIME", "2019-03-15TNI"}}},
		{"this week", "this week and this month and this year", friday, []found{{"this week", "DATE", "2019-W11"}, {"this month", "DATE", "2019-03"}, {"this year", "DATE", "2019"}}},
		{"last next", "last week, next month, last year", friday, []found{{"last week", "DATE", "2019-W10"}, {"next month", "DATE", "2019-04"}, {"last year", "DATE", "2018"}}},
		{"last summer", "It rained last summer.", friday, []found{{"last summer", "DATE", "2018-SU"}}},
		{"earlier this week", "He said earlier this week that", friday, []found{{"earlier this week", "DATE", "2019-W11"}}},
		{"ago", "two years ago, three days ago and six months ago", friday, []found{{"two years ago", "DATE", "2017"}, {"three days ago", "DATE", "2019-03-12"}, {"six months ago", "DATE", "2018-09"}}},
		{"quarter", "profit rose in the third quarter", friday, []found{{"the third quarter", "DATE", "2018-Q3"}}},
		{"quarter of year", "the first quarter of 2020", friday, []found{{"the first quarter of 2020", "DATE", "2020-Q1"}}},
		{"time pm", "at 3 p.m. the", friday, []found{{"3 p.m.", "TIME", "2019-03-15T15:00"}}},
		{"noon", "by noon,", friday, []found{{"noon", "TIME", "2019-03-15T12:00"}}},
		{"weekday morning", "on Tuesday morning", friday, []found{{"Tuesday morning", "TIME", "2019-03-12TMO"}}},
		{"weekday at time", "arrived Tuesday at 3:30 p.m. and", friday, []found{{"Tuesday at 3:30 p.m.", "TIME", "2019-03-12T15:30"}}},
		{"durations", "two years, six months, a decade", friday, []found{{"two years", "DURATION", "P2Y"}, {"six months", "DURATION", "P6M"}, {"a decade", "DURATION", "P10Y"}}},
		{"number words", "for twenty-one days", friday, []found{{"twenty-one days", "DURATION", "P21D"}}},
		{"past years", "over the past five years", friday, []found{{"the past five years", "DURATION", "P5Y"}}},
		{"sets", "every week, annually, twice a year", friday, []found{{"every week", "SET", "P1W"}, {"annually", "SET", "P1Y"}, {"twice a year", "SET", "P1Y"}}},
		{"refs", "now, currently and recently", friday, []found{{"now", "DATE", "PRESENT_REF"}, {"currently", "DATE", "PRESENT_REF"}, {"recently", "DATE", "PAST_REF"}}},
		{"fiscal", "in fiscal 2018", friday, []found{{"fiscal 2018", "DATE", "2018"}}},
		{"ordinal week", "the first week of May", friday, []found{{"the first week of May", "DATE", "2019-W18"}}},
		{"christmas", "before Christmas", friday, []found{{"Christmas", "DATE", "2018-12-25"}}},
		{"no anchor", "on Tuesday, yesterday, in March, last year", time.Time{}, []found{{"Tuesday", "DATE", "XXXX-WXX-2"}, {"yesterday", "DATE", "XXXX-XX-XX"}, {"March", "DATE", "XXXX-03"}, {"last year", "DATE", "XXXX"}}},
		{"may modal", "He may resign. It may rain in May.", friday, []found{{"May", "DATE", "2019-05"}}},
		{"age", "a 10-year-old boy", friday, nil},
		{"end of year", "by the end of the year", friday, []found{{"the end of the year", "DATE", "2019"}}},
		{"the next day", "on June 3, 2018. The next day he left.", friday, []found{{"June 3, 2018", "DATE", "2018-06-03"}, {"The next day", "DATE", "2018-06-04"}}},
		{"century", "in the 20th century", friday, []found{{"the 20th century", "DATE", "19"}}},
		{"narrative reference", "On Dec. 23, 1983, workers were told the looms would stop in January.", friday, []found{{"Dec. 23, 1983", "DATE", "1983-12-23"}, {"January", "DATE", "1984-01"}}},
		{"said before weekday", `"We will win," she said on Thursday.`, friday, []found{{"Thursday", "DATE", "2019-03-14"}}},
		{"said after clause", "The storm will last through Monday, forecasters said.", friday, []found{{"Monday", "DATE", "2019-03-18"}}},
		{"future passive", "Results will be published in January.", friday, []found{{"January", "DATE", "2020-01"}}},
		{"present nearest", "The fiscal year begins Nov. 1.", time.Date(2018, 10, 24, 0, 0, 0, 0, time.UTC), []found{{"Nov. 1", "DATE", "2018-11-01"}}},
		{"coming weeks", "He will appeal in the coming weeks.", friday, []found{{"the coming weeks", "DATE", "FUTURE_REF"}}},
		{"every morning", "She left every morning at six.", friday, []found{{"every morning", "SET", "XXXX-XX-XXTMO"}}},
		{"and a half", "We waited two and a half years.", friday, []found{{"two and a half years", "DURATION", "P2Y6M"}}},
		{"adjective in duration", "It grew for three straight years.", friday, []found{{"three straight years", "DURATION", "P3Y"}}},
		{"per amount", "They need $6 billion a year.", friday, nil},
		{"ordinal not unit", "A second trial starts soon.", friday, nil},
		{"previous month anaphoric", "He was arrested on Nov. 14, 2019. Auditors found the losses the previous month.", friday, []found{{"Nov. 14, 2019", "DATE", "2019-11-14"}, {"the previous month", "DATE", "2019-10"}}},
		{"time on ref day", "Saturday's match, which kicks off at 3 p.m., is sold out.", time.Date(2020, 1, 7, 0, 0, 0, 0, time.UTC), []found{{"Saturday", "DATE", "2020-01-04"}, {"3 p.m.", "TIME", "2020-01-04T15:00"}}},
		{"weekend", "Fans will protest this weekend.", friday, []found{{"this weekend", "DATE", "2019-W11-WE"}}},
		{"half of next year", "It should recover in the first half of next year.", friday, []found{{"the first half of next year", "DATE", "2020-H1"}}},
		{"season of year", "The roof fell in the winter of 2008.", friday, []found{{"the winter of 2008", "DATE", "2008-WI"}}},
		{"fall of a wall", "after the fall of the Berlin Wall", friday, nil},
		{"quarterly", "It pays a dividend quarterly.", friday, []found{{"quarterly", "SET", "P3M"}}},
		{"midnight", "past midnight", friday, []found{{"midnight", "TIME", "2019-03-15T24:00"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, finds(tc.text, tc.anchor)); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestMarks checks the marks of expressions that date no event of their sentence: a year
// that modifies a noun deep in it (Attributive), and a time after "since" (Since).
func TestMarks(t *testing.T) {
	tests := []struct {
		text               string
		attributive, since bool
	}{
		{"Russia meddled in the 2016 presidential election.", true, false},
		{"It all started with a 1990 Time cover story.", false, false}, // capitalised noun: could be a name
		{"He has not voted since the 1996 election.", true, true},
		{"Russia’s 2018 vote was close.", false, false}, // it opens the sentence: the vote is what it tells
		{"The 2016 race was close.", false, false},
		{"He left. A 1997 study showed it.", false, false},
		{"The election was held in 2016.", false, false},
		{"In 2016 the election was held.", false, false},
		{"He went to the 2016 Olympics", false, false},
		{"He said the 1990s were loud", false, false},
		{"The jet has had 46 fatal incidents since 1965.", false, true},
		{"Prices have risen since the 1990s.", false, true},
		{"He has been angry ever since March.", false, true},
		{"The jet first flew in 1965.", false, false},
		{"Since Monday's crash, flights are grounded.", false, true},
	}
	for _, tc := range tests {
		exprs := Find(tc.text, friday)
		if len(exprs) != 1 {
			t.Fatalf("%q: %d expressions, want 1", tc.text, len(exprs))
		}
		if e := exprs[0]; e.Attributive != tc.attributive || e.Since != tc.since {
			t.Errorf("%q: attributive %v, since %v; want %v, %v", tc.text, e.Attributive, e.Since, tc.attributive, tc.since)
		}
	}
}

// TestGranularity checks the granularity the timeline ranks events by, for the spans
// that are neither a calendar unit nor a clock time.
func TestGranularity(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The roof fell in the winter of 2008.", "season"},
		{"Profit rose in the third quarter.", "quarter"},
		{"It should recover in the first half of next year.", "half"},
	} {
		es := Find(tc.text, friday)
		if len(es) != 1 || es[0].Granularity != tc.want {
			t.Errorf("Find(%q) = %+v, want one expression of granularity %q", tc.text, es, tc.want)
		}
	}
}

func TestFindSpansAndGranularity(t *testing.T) {
	text := "In March, two years ago."
	got := Find(text, friday)
	want := []Expr{
		{Text: "March", Start: 3, End: 8, Type: "DATE", Value: "2019-03", Granularity: "month"},
		{Text: "two years ago", Start: 10, End: 23, Type: "DATE", Value: "2017", Granularity: "year"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Find(%q) mismatch (-want +got):\n%s", text, diff)
	}
}
