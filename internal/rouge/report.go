package rouge

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// Report is the result of Evaluate, in ROUGE-1.5.5's order: for every peer, one block
// per method.
type Report struct {
	Confidence float64
	Unit       int
	Details    bool
	Blocks     []Block
	Warnings   []string // peers missing from evaluations, as ROUGE warns on stderr
}

// Block is one peer's result on one method (ROUGE-2, ROUGE-SU4, ...).
type Block struct {
	Peer, Method string
	Avg          [3]float64 // R, P, F: mean of the bootstrap means (UnitSentence, UnitToken)
	Low, High    [3]float64 // the confidence interval of each
	Counts       [3]float64 // UnitRaw: model, peer and hit counts summed
	Evals        []EvalScore
}

// EvalScore is one evaluation's score: R, P, F (UnitSentence) or the model count, peer
// count and hits (other units).
type EvalScore struct {
	ID     string // "<eval ID>.<peer ID>"
	Values [3]float64
}

// Get returns the block for peer and method, if any.
func (r *Report) Get(peer, method string) (Block, bool) {
	for _, b := range r.Blocks {
		if b.Peer == peer && b.Method == method {
			return b, true
		}
	}
	return Block{}, false
}

func buildReport(ctx context.Context, cfg *Config, opt Options, peers []string, ms []method, results []evalResult) (*Report, error) {
	rep := &Report{Confidence: opt.Confidence, Unit: opt.Unit, Details: opt.Details}
	for pi, p := range peers {
		for ei, e := range cfg.Evals {
			if !results[ei].present[pi] {
				rep.Warnings = append(rep.Warnings, fmt.Sprintf("*ROUGE Warning: test instance for peer %s does not exist for evaluation %s", p, e.ID))
			}
		}
	}
	rep.Blocks = make([]Block, len(peers)*len(ms))
	err := forEach(ctx, len(rep.Blocks), opt.Workers, func(i int) error {
		pi, mi := i/len(ms), i%len(ms)
		var evals []EvalScore
		for ei, e := range cfg.Evals {
			if results[ei].present[pi] {
				evals = append(evals, EvalScore{ID: e.ID + "." + peers[pi], Values: results[ei].scores[pi][mi]})
			}
		}
		sort.SliceStable(evals, func(a, b int) bool { return evals[a].ID < evals[b].ID })
		vals := make([][3]float64, len(evals))
		for k, ev := range evals {
			vals[k] = ev.Values
		}
		a := computeAverage(vals, opt)
		sort.SliceStable(evals, func(a, b int) bool { return byEvalID(evals[a].ID, evals[b].ID) < 0 })
		rep.Blocks[i] = Block{Peer: peers[pi], Method: ms[mi].name, Avg: a.avg, Low: a.low, High: a.high, Counts: a.sum, Evals: evals}
		return nil
	})
	return rep, err
}

// byEvalID is ROUGE's order for the per-evaluation lines: by leading number when both
// IDs start with digits, else by bytes.
func byEvalID(a, b string) int {
	na, nb := leadingDigits(a), leadingDigits(b)
	if na != "" && nb != "" {
		x, _ := strconv.ParseFloat(na, 64)
		y, _ := strconv.ParseFloat(nb, 64)
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	}
	return strings.Compare(a, b)
}

func leadingDigits(s string) string {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return s[:i]
}

func sortStrings(s []string) { sort.Strings(s) }

// perlNumber formats a number as Perl prints it (%.15g).
func perlNumber(v float64) string {
	s := strconv.FormatFloat(v, 'g', 15, 64)
	if strings.ContainsAny(s, "e") {
		return s
	}
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

// Write prints the report in ROUGE-1.5.5's text format.
func (r *Report) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	conf := formatNum(r.Confidence)
	for _, b := range r.Blocks {
		bw.WriteString("---------------------------------------------\n")
		tag := b.Peer + " " + b.Method
		if r.Unit == UnitRaw {
			fmt.Fprintf(bw, "%s M_count: %d P_count: %d H_count: %d\n", tag, int64(b.Counts[0]), int64(b.Counts[1]), int64(b.Counts[2]))
		} else {
			for k, name := range []string{"R", "P", "F"} {
				fmt.Fprintf(bw, "%s Average_%s: %.5f (%s%%-conf.int. %.5f - %.5f)\n", tag, name, b.Avg[k], conf, b.Low[k], b.High[k])
			}
		}
		if !r.Details {
			continue
		}
		bw.WriteString(".............................................\n")
		for _, e := range b.Evals {
			v := e.Values
			if r.Unit == UnitSentence {
				fmt.Fprintf(bw, "%s Eval %s R:%.5f P:%.5f F:%.5f\n", tag, e.ID, v[0], v[1], v[2])
			} else {
				fmt.Fprintf(bw, "%s Eval %s R:%s P:%s F:%s\n", tag, e.ID, perlNumber(v[0]), perlNumber(v[1]), perlNumber(v[2]))
			}
		}
	}
	return bw.Flush()
}
