package rouge

import (
	"strings"
	"testing"
)

// FuzzParseConfig checks that no XML configuration panics the parser and that an
// accepted one has an evaluation with a format.
func FuzzParseConfig(f *testing.F) {
	f.Add(`<ROUGE-EVAL version="1.0"><EVAL ID="d1"><INPUT-FORMAT TYPE="SEE"></INPUT-FORMAT><MODEL-ROOT>models</MODEL-ROOT><MODELS><M ID="1">a.html</M></MODELS><PEER-ROOT>peers</PEER-ROOT><PEERS><P ID="x">b.html</P></PEERS></EVAL></ROUGE-EVAL>`)
	f.Add("<ROUGE_EVAL>\n<EVAL ID=\"D0601.M.250.A-A\">\n<PEER-ROOT>\npeers\n</PEER-ROOT>\n<INPUT-FORMAT TYPE=\"SPL\">\n</INPUT-FORMAT>\n<PEERS>\n<P ID=\"1\">D0601.M.250.A.1</P>\n</PEERS>\n</EVAL>\n</ROUGE_EVAL>")
	f.Add(`<R><EVAL ID="a"><P ID="1">x</P><PEERS><M ID="2"/></PEERS></EVAL><EVAL ID="a"/></R>`)
	f.Add(`<R><EVAL`)
	f.Fuzz(func(t *testing.T, in string) {
		cfg, err := ParseConfig(strings.NewReader(in), "")
		if err != nil {
			return
		}
		if len(cfg.Evals) == 0 {
			t.Fatal("accepted a configuration without evaluations")
		}
		for _, e := range cfg.Evals {
			if _, ok := normalizeFormat(e.Format); !ok {
				t.Fatalf("eval %q accepted with format %q", e.ID, e.Format)
			}
		}
		cfg.PeerIDs()
	})
}

// FuzzReadSentences feeds any bytes to the SEE, SPL and ISI readers and scores what they
// read: nothing may panic and every score must lie in [0, 1].
func FuzzReadSentences(f *testing.F) {
	f.Add([]byte("<a name=\"1\">[1]</a> <a href=\"#1\" id=1>Prospects were dim in 1998.</a>\n"), []byte("Prospects were dim.\nU.S.-led talks\r\n"), 5)
	f.Add([]byte("<S SNTNO=\"1\">One</S>"), []byte(" \n\n\xff\xfe"), 0)
	f.Add([]byte(""), []byte("a a a a a b b b b"), 2)
	f.Fuzz(func(t *testing.T, peerData, modelData []byte, limit int) {
		for _, format := range []string{FormatSEE, FormatSPL, FormatISI} {
			peer, err := ReadSentences(peerData, format, "peer")
			if err != nil {
				t.Fatal(err)
			}
			model, err := ReadSentences(modelData, format, "model")
			if err != nil {
				t.Fatal(err)
			}
			opt := Options{N: 2, WeightW: 1.2, Stem: true, SkipBigram: true, SkipGap: 4, SkipBoth: true, Alpha: 0.5}
			opt.LengthWords = limit % 50
			if opt.LengthWords < 0 {
				opt.LengthWords, opt.LengthBytes = 0, -opt.LengthWords
			}
			for _, s := range Score(peer, [][]string{model, peer}, opt) {
				for _, v := range []float64{s.R, s.P, s.F} {
					if v < 0 || v > 1 || v != v {
						t.Fatalf("%s %s score %v out of [0, 1]", format, s.Name, v)
					}
				}
			}
		}
	})
}
