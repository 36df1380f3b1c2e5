package dedupe

import (
	"strconv"
	"time"
)

// Doc is one text as Collapse sees it.
type Doc struct {
	ID   string
	Time time.Time // publication time; zero when unknown
	// Terms are the text's content terms in order (the pipeline passes stemmed terms
	// of the body without the headline, so a new headline does not hide a copy).
	Terms []string
}

// Group is one original and the copies collapsed into it.
type Group struct {
	// Original is the index in docs of the earliest text of the group.
	Original int
	// Copies are the later texts that copy it, in input order.
	Copies []Copy
}

// Copy is one text found to copy an original.
type Copy struct {
	// Index is the copy's index in docs.
	Index int
	// Containment and Resemblance are the estimates that decided it.
	Containment, Resemblance float64
}

// Collapse groups docs, given in publication order, into originals and their copies.
// Every doc is in exactly one group; groups come in the order of their originals.
func Collapse(docs []Doc, opt Options) []Group {
	ix := NewIndex(opt)
	opt = ix.Options()
	byID := map[string]int{}
	var groups []Group
	for i, d := range docs {
		id := strconv.Itoa(i) // doc ids need not be unique; positions are
		m, dup := ix.Add(id, d.Time, Sign(d.Terms, opt))
		if dup {
			g := &groups[byID[m.ID]]
			g.Copies = append(g.Copies, Copy{Index: i, Containment: m.Containment, Resemblance: m.Resemblance})
			continue
		}
		byID[id] = len(groups)
		groups = append(groups, Group{Original: i})
	}
	return groups
}
