package ingest

import (
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
		name: "an instruction in place of the headline",
		pre:  " &HT;    2ND LEDE-UPDATES THROUGHOUT\n &HT;    Storm closes schools\n &HT;    By Lu Chen\n",
		want: wireHeader{title: "Storm closes schools", byline: "Lu Chen"},
	}, {
		name: "a slug cut by its element and a later take",
		pre:  " TO FLOOD-MAIN-NYT)  \n UNDATED: the river.  \n HIGH WATER IN THE DELTA  \n By SAM ORR  \n",
		want: wireHeader{title: "HIGH WATER IN THE DELTA", byline: "SAM ORR"},
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
		{"", "", ""},
		{"this is not the name of any paper at all", "", ""},
	} {
		if got := wireOutlet(tc.holder, tc.byline); got != tc.want {
			t.Errorf("wireOutlet(%q, %q) = %q, want %q", tc.holder, tc.byline, got, tc.want)
		}
	}
}
