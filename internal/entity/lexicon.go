package entity

import (
	"sort"
	"strings"
	"sync"
)

// lexicon holds the word lists as sets. It is built once, on the first call to Find,
// so that a program linking this package pays nothing at start-up.
type lexicon struct {
	titles, heads, orgHeads, lowerOrgHeads, orgStarts, orgs, outlets map[string]bool
	outletHeads, sourceVerbs, demonyms, particles, joiners, suffixes map[string]bool
	function, placePreps, personVerbs, sourceOutlets, orgNouns       map[string]bool
	// abbrevs are abbreviations that are no name on their own: titles, name and
	// corporate suffixes. states are the abbreviated U.S. states.
	abbrevs, states map[string]bool
	plurals         map[string]bool // commonPlurals
	corporate       map[string]bool // corporateSuffixes
}

var lex = sync.OnceValue(func() *lexicon {
	return &lexicon{
		titles: withEx(toSet(titleWords[:], titleAbbrevs[:])), heads: withEx(toSet(headTitles[:], titleAbbrevs[:])), orgHeads: toSet(orgHeads[:]),
		lowerOrgHeads: toSet(lowerOrgHeads[:]), orgStarts: toSet(orgStarts[:]),
		orgs: toSet(knownOrgs[:]), outlets: toSet(outlets[:]), outletHeads: toSet(outletHeads[:]),
		sourceVerbs: toSet(sourceVerbs[:]), demonyms: toSet(demonyms[:]),
		particles: toSet(particles[:]), joiners: toSet(orgJoiners[:]),
		suffixes: toSet(nameSuffixes[:]), function: toSet(functionWords[:]),
		placePreps: toSet(placePrepositions[:]), personVerbs: toSet(personVerbs[:]),
		sourceOutlets: toSet(sourceOutlets[:]), orgNouns: toSet(orgNouns[:]),
		abbrevs: toSet(titleAbbrevs[:], nameSuffixes[:], corporateSuffixes[:]), states: toSet(stateAbbrevs[:]),
		plurals: toSet(commonPlurals[:]), corporate: toSet(corporateSuffixes[:]),
	}
})

func toSet(lists ...[]string) map[string]bool {
	m := map[string]bool{}
	for _, words := range lists {
		for _, w := range words {
			m[w] = true
		}
	}
	return m
}

// withEx adds the "ex-" and "vice-" forms of every word of a set of titles
// ("ex-president", "vice-premier").
func withEx(m map[string]bool) map[string]bool {
	var ex []string
	for w := range m {
		if !strings.HasSuffix(w, ".") && w != "of" {
			ex = append(ex, "ex-"+w, "vice-"+w) // "Ex-President", "Vice-Premier"
		}
	}
	for _, w := range ex {
		m[w] = true
	}
	return m
}

// isFirstName reports whether w is in the generated first-name table.
func isFirstName(w string) bool { return inSorted(genFirstNames[:], w) }

// IsFirstName reports whether w, as written ("Sherry"), is a first name in the
// generated table: a name that opens with one is most likely a person's.
func IsFirstName(w string) bool { return isFirstName(w) }

// isPlace reports whether name is in the generated place table.
func isPlace(name string) bool { return inSorted(genPlaces[:], name) }

func inSorted(table []string, w string) bool {
	i := sort.SearchStrings(table, w)
	return i < len(table) && table[i] == w
}

// lower folds a token for the word lists.
func lower(s string) string { return strings.ToLower(s) }
