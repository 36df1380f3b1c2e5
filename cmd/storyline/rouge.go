package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/rouge"
)

const rougeUsage = `Usage: storyline rouge [options] CONFIG.xml [SYSTEM]

Scores summaries as ROUGE-1.5.5.pl does and prints its report.
  -a          evaluate all systems        -d        print per-evaluation scores
  -n N        ROUGE-1..N                  -x        no ROUGE-L
  -w W        ROUGE-W with weight W       -2 GAP    skip-bigrams (GAP<0: unlimited)
  -u          add unigrams (ROUGE-SU)     -U        report ROUGE-S and ROUGE-SU
  -m          stem (WordNet exceptions, ROUGE's Porter)   -s  remove SMART stop words
  -l N        first N words               -b N      first N bytes
  -f A|B      model average or best model -p ALPHA  F-measure alpha (0.5)
  -c CF       confidence interval (95)    -r N      bootstrap resamples (1000)
  -t 0|1|2    sentence average, token pooling, raw counts
  -e DIR      data folder: smart_common_words.txt, WordNet *.exc files
  -z FORMAT   CONFIG is a list "peer model..." per line in SEE, SPL or ISI
`

// rougeArgs are the parsed command line of "storyline rouge".
type rougeArgs struct {
	opt     rouge.Options
	dataDir string
	list    string
	config  string
}

// parseRougeArgs reads ROUGE-1.5.5's getopts-style options ("-n 4", "-n4", "-ad").
func parseRougeArgs(args []string) (*rougeArgs, error) {
	ra := &rougeArgs{opt: rouge.DefaultOptions()}
	ra.opt.AllSystems = false
	withValue := "bceflnprt23wz"
	i := 0
	for ; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			i++
			break
		}
		if len(a) < 2 || a[0] != '-' {
			break
		}
		for j := 1; j < len(a); j++ {
			c := a[j]
			if !strings.ContainsRune(withValue, rune(c)) {
				if err := ra.flag(c); err != nil {
					return nil, err
				}
				continue
			}
			val := a[j+1:]
			if val == "" {
				if i+1 >= len(args) {
					return nil, fmt.Errorf("option -%c needs a value", c)
				}
				i++
				val = args[i]
			}
			if err := ra.value(c, val); err != nil {
				return nil, err
			}
			break
		}
	}
	rest := args[i:]
	switch {
	case len(rest) == 0:
		return nil, fmt.Errorf("no configuration file given")
	case len(rest) > 2:
		return nil, fmt.Errorf("too many arguments: %s", strings.Join(rest, " "))
	}
	ra.config = rest[0]
	if len(rest) == 2 {
		ra.opt.System = rest[1]
	}
	if ra.list != "" {
		ra.opt.AllSystems = false
		if ra.opt.System == "" {
			ra.opt.System = "X"
		}
	} else if !ra.opt.AllSystems && ra.opt.System == "" {
		return nil, fmt.Errorf("name a system ID to evaluate or use -a to evaluate all systems")
	}
	return ra, nil
}

func (ra *rougeArgs) flag(c byte) error {
	o := &ra.opt
	switch c {
	case 'a':
		o.AllSystems = true
	case 'd':
		o.Details = true
	case 'm':
		o.Stem = true
	case 's':
		o.RemoveStop = true
	case 'u':
		o.SkipUnigrams = true
	case 'U':
		o.SkipBoth = true
	case 'x':
		o.NoLCS = true
	case 'v':
	default:
		return fmt.Errorf("unknown or unsupported option -%c", c)
	}
	return nil
}

func (ra *rougeArgs) value(c byte, v string) error {
	o := &ra.opt
	var err error
	switch c {
	case 'b':
		o.LengthBytes, err = strconv.Atoi(v)
	case 'l':
		o.LengthWords, err = strconv.Atoi(v)
	case 'n':
		o.N, err = strconv.Atoi(v)
	case 'r':
		o.Resamples, err = strconv.Atoi(v)
	case 't':
		o.Unit, err = strconv.Atoi(v)
		if o.Unit != rouge.UnitToken && o.Unit != rouge.UnitRaw {
			o.Unit = rouge.UnitSentence
		}
	case '2':
		o.SkipBigram = true
		o.SkipGap, err = strconv.Atoi(v)
	case 'c':
		o.Confidence, err = strconv.ParseFloat(v, 64)
	case 'p':
		o.Alpha, err = strconv.ParseFloat(v, 64)
	case 'w':
		o.WeightW, err = strconv.ParseFloat(v, 64)
		if err == nil && o.WeightW <= 0 {
			err = fmt.Errorf("must be greater than 0")
		}
	case 'f':
		switch v {
		case "A":
			o.ModelBest = false
		case "B":
			o.ModelBest = true
		default:
			err = fmt.Errorf("want A or B")
		}
	case 'e':
		ra.dataDir = v
	case 'z':
		ra.list = v
	default:
		err = fmt.Errorf("not supported (Basic Elements are not implemented)")
	}
	if err != nil {
		return fmt.Errorf("option -%c %q: %v", c, v, err)
	}
	return nil
}

// runRouge is "storyline rouge": ROUGE-1.5.5.pl's command line and report.
func runRouge(ctx context.Context, e *env, args []string) int {
	if len(args) > 0 && (args[0] == "-h" || args[0] == "-H" || args[0] == "--help") {
		fmt.Fprint(e.stdout, rougeUsage)
		return exitOK
	}
	ra, err := parseRougeArgs(args)
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline rouge: %v\n\n%s", err, rougeUsage)
		return exitUsage
	}
	if ra.dataDir != "" {
		if ra.opt.Stopwords, ra.opt.Exceptions, err = rouge.LoadDataDir(ra.dataDir); err != nil {
			fmt.Fprintf(e.stderr, "storyline rouge: %v\n", err)
			return exitFor(err)
		}
	}
	cfg, err := readRougeConfig(ra)
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline rouge: %v\n", err)
		return exitFor(err)
	}
	rep, err := rouge.Evaluate(ctx, cfg, ra.opt)
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline rouge: %v\n", err)
		return exitFor(err)
	}
	for _, w := range rep.Warnings {
		fmt.Fprintln(e.stderr, w)
	}
	if err := rep.Write(e.stdout); err != nil {
		fmt.Fprintf(e.stderr, "storyline rouge: write report: %v\n", err)
		return exitFailed
	}
	return exitOK
}

func readRougeConfig(ra *rougeArgs) (*rouge.Config, error) {
	f, err := os.Open(ra.config)
	if err != nil {
		return nil, news.Errorf(news.NotFound, ra.config, "open rouge config: %v", err)
	}
	defer f.Close()
	dir := filepath.Dir(ra.config)
	var cfg *rouge.Config
	if ra.list != "" {
		cfg, err = rouge.ParseFileList(f, ra.list, ra.opt.System, dir)
	} else {
		cfg, err = rouge.ParseConfig(f, dir)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", ra.config, err)
	}
	return cfg, nil
}
