package ingest

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseWireHeader(t *testing.T) {
	for _, tc := range []struct {
		name, pre string
		want      wireHeader
	}{{
		name: "fields after tabs, end-of-line marks",
		pre:  "BC-DAM-AZR(a)\n &HT;    NEW DAM WORRIES TOWN(a)\n &HT;    (For use by N.Y. Times News Service clients)(a)\n &HT;    By JO PARK(a)\n &HT;    c.2000 The Tucson Daily(a)\n",
		want: wireHeader{title: "NEW DAM WORRIES TOWN", byline: "JO PARK", holder: "The Tucson Daily"},
	}, {
		name: "a headline wrapped, the note and byline run on",
		pre:  " MAYOR SIGNS THE BUDGET AFTER\nLONG FIGHT (For use by NYTimes News Service Clients) By ANN\nLEE c.1999 Valley Star-Herald\n",
		want: wireHeader{title: "MAYOR SIGNS THE BUDGET AFTER LONG FIGHT", byline: "ANN LEE", holder: "Valley Star-Herald"},
	}, {
		name: "instructions after the headline, byline glued to it",
		pre:  " &HT;    Ferry strike endsBy Max Ruiz\n &HT;    Moving in (w) Washington category.\n &HT;    c. 2000 Cox News Service\n",
		want: wireHeader{title: "Ferry strike ends", byline: "Max Ruiz", holder: "Cox News Service"},
	}, {
		name: "the story runs on after the copyright",
		pre:  " FERRIES RUN LATE  \n By KIM LEE  \n c. 1999 Lakeside Star   LAKESIDE, Mo. _ The ferries ran\nlate again.\n",
		want: wireHeader{title: "FERRIES RUN LATE", byline: "KIM LEE", holder: "Lakeside Star"},
	}, {
		name: "an instruction in place of the headline",
		pre:  " &HT;    2ND LEDE-UPDATES THROUGHOUT\n &HT;    Storm closes schools\n &HT;    By Lu Chen\n",
		want: wireHeader{title: "Storm closes schools", byline: "Lu Chen"},
	}, {
		name: "a slug cut by its element and a later take",
		pre:  " TO FLOOD-MAIN-NYT)  \n UNDATED: the river.  \n HIGH WATER IN THE DELTA  \n By SAM ORR  \n",
		want: wireHeader{title: "HIGH WATER IN THE DELTA", byline: "SAM ORR"},
	}, {
		name: "a headline with a colon, a note to editors",
		pre:  " EDITORS NOTE: This column profiles the growers of the valley.  \n CITY HALL: THE YEARS OF THE MAYOR  \n By ANN LEE  \n",
		want: wireHeader{title: "CITY HALL: THE YEARS OF THE MAYOR", byline: "ANN LEE"},
	}, {
		name: "no byline or copyright: no title either",
		pre:  " The council met on Tuesday.\n It voted twice.\n",
	}, {
		name: "a copyright at the end of a story sent before its text",
		pre:  " P1\n P2\n P3\n P4\n P5\n P6\n P7\n P8\n P9\n P10\n P11\n c.2000 Jan Roe\n",
	}} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, parseWireHeader(tc.pre), cmp.AllowUnexported(wireHeader{})); diff != "" {
				t.Errorf("-want +got:\n%s", diff)
			}
		})
	}
}

func TestWireOutlet(t *testing.T) {
	for _, tc := range []struct{ holder, byline, want string }{
		{"The Springfield Gazette", "Anna Lindqvist", "Springfield Gazette"},
		{"Cox News Service", "", "Cox News Service"},
		{"N.Y. Times News Service", "", ""},
		{"The New York Times", "", ""},
		{"Jan Roe", "JAN ROE (Staff)", ""},
		{"Economist Newspaper Ltd.", "", "Economist"},
		{"Discover magazine", "", "Discover"},
		{"The Independent, London", "", "Independent"},
		{"Latin Trade", "", "Latin Trade"},
		{"", "", ""},
		{"this is not the name of any paper at all", "", ""},
	} {
		if got := wireOutlet(tc.holder, tc.byline); got != tc.want {
			t.Errorf("wireOutlet(%q, %q) = %q, want %q", tc.holder, tc.byline, got, tc.want)
		}
	}
}

func TestSGMLHeadline(t *testing.T) {
	for _, tc := range []struct{ name, raw, want string }{
		{"one line", " BRIDGE REOPENS \n", "BRIDGE REOPENS"},
		{"wrapped without white space", "MAYOR SIGNS THE BUDGET AFTER\nLONG FIGHT", "MAYOR SIGNS THE BUDGET AFTER LONG FIGHT"},
		{"a second headline", "BRIDGE REOPENS, CITY SAYS  \n TRAFFIC LIGHT ON FIRST DAY \n", "BRIDGE REOPENS, CITY SAYS"},
		{"a kicker", "&HT;    ROUTINE\n &HT;    VOTERS BACK THE LEVY\n", "VOTERS BACK THE LEVY"},
		{"codes and notes", "$ADV21  \n (ATTN: N.H., N.C.)  \n BEAT THE HEAT  \n (DW) \n", "BEAT THE HEAT"},
		{"a note cut before it", "888-603-1036.) \n BOOKS GO ONLINE\n", "BOOKS GO ONLINE"},
		{"items of a roundup", "_BRIDGE REOPENS  \n _SCHOOLS CLOSE \n", "BRIDGE REOPENS"},
		{"one word", " GAMBLING \n", "GAMBLING"},
		{"empty", " &HT; \n", ""},
	} {
		if got := sgmlHeadline(tc.raw); got != tc.want {
			t.Errorf("%s: sgmlHeadline(%q) = %q, want %q", tc.name, tc.raw, got, tc.want)
		}
	}
}

func TestWireQuotes(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"``It is faster,'' she said.", "“It is faster,” she said."},
		{"a `gold standard' test", "a ‘gold standard’ test"},
		{"`Can't stop,' he said", "‘Can't stop,’ he said"},
		{"``I said: `It can't be,''' he recalls.", "“I said: ‘It can't be,’” he recalls."},
		{"he says. ''The data show it,'' she said.", "he says. “The data show it,” she said."},
		{"West Nile-''like'' fever", "West Nile-“like” fever"},
		{"I`ve trained", "I’ve trained"},
		{"an open `quote", "an open ‘quote"},
		{"no marks: it's Jones' car", "no marks: it's Jones' car"},
		{"", ""},
	} {
		if got := wireQuotes(tc.in); got != tc.want {
			t.Errorf("wireQuotes(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// BenchmarkWireQuotesHostile times wireQuotes on a megabyte of marks that open
// quotations and never close them, which a scan for each closing mark would make
// quadratic.
func BenchmarkWireQuotesHostile(b *testing.B) {
	s := strings.Repeat("`a ''b ", 1<<20/7)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		wireQuotes(s)
	}
}
