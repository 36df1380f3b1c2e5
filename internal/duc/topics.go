// Package duc runs Storyline's brief on a DUC-layout evaluation set (docs/, topics.sgml,
// models/, a ROUGE configuration) and scores the briefs exactly as NIST scored the DUC
// 2006 participants: ROUGE-1.5.5 options -n 4 -w 1.2 -m -2 4 -u -c 95 -r 1000 -f A -p 0.5
// -t 0 -a, with the jackknifing the configuration expresses (each evaluation leaves one
// human summary out). Our summaries are added as one more peer to every evaluation and
// ranked against the official averages of the participants.
//
// Data: Dang, "Overview of DUC 2006", Proceedings of the Document Understanding Conference,
// 2006. The data stays outside the repository; its path is an argument.
package duc

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"sync"

	"github.com/storyline-news/storyline/internal/news"
)

// Topic is one DUC topic: a folder of documents and the information need a summary answers.
type Topic struct {
	ID        string // the docs folder name, e.g. "D0601A"
	Title     string
	Narrative string
}

// Focus is the text a focused brief of the topic is steered by: its title and narrative.
func (t Topic) Focus() string { return t.Title + ". " + t.Narrative }

// PeerFile returns the name DUC gives topic t's summary by summarizer id:
// D0601A -> D0601.M.250.A.<id>.
func (t Topic) PeerFile(id string) string {
	if len(t.ID) < 2 {
		return t.ID + ".M.250." + id
	}
	return t.ID[:len(t.ID)-1] + ".M.250." + t.ID[len(t.ID)-1:] + "." + id
}

var (
	topicRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?s)<topic>(.*?)</topic>`) })
	fieldRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?s)<(num|title|narr)>(.*?)</(?:num|title|narr)>`) })
)

// ReadTopics parses a DUC topics.sgml file.
func ReadTopics(path string) ([]Topic, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, news.Errorf(news.NotFound, path, "read topics: %v", err)
	}
	return parseTopics(path, data)
}

// parseTopics parses the topics of a topics.sgml file read from path.
func parseTopics(path string, data []byte) ([]Topic, error) {
	var topics []Topic
	for _, m := range topicRE().FindAllSubmatch(data, -1) {
		var t Topic
		for _, f := range fieldRE().FindAllSubmatch(m[1], -1) {
			v := strings.Join(strings.Fields(string(f[2])), " ")
			switch string(f[1]) {
			case "num":
				t.ID = v
			case "title":
				t.Title = v
			case "narr":
				t.Narrative = v
			}
		}
		if t.ID == "" {
			return nil, news.Errorf(news.Invalid, path, "topic %d has no <num>", len(topics)+1)
		}
		topics = append(topics, t)
	}
	if len(topics) == 0 {
		return nil, news.Errorf(news.Invalid, path, "no <topic> found")
	}
	return topics, nil
}

// Half says which half of the topics a topic belongs to for honest tuning: "dev" for odd
// topic numbers (D0601, D0603, ...), "test" for even ones. Settings are tuned on dev only.
func Half(t Topic) string {
	digits := strings.TrimRight(strings.TrimLeft(t.ID, "D"), "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
	if digits != "" && (digits[len(digits)-1]-'0')%2 == 1 {
		return "dev"
	}
	return "test"
}

// official reads a file of per-summarizer averages ("24 0.09505 (95%-conf.int. ...)").
func official(path string) (map[string]float64, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, news.Errorf(news.NotFound, path, "read official results: %v", err)
	}
	out := map[string]float64{}
	for _, line := range strings.Split(string(data), "\n") {
		var id string
		var v float64
		if n, _ := fmt.Sscanf(line, "%s %f", &id, &v); n == 2 {
			out[id] = v
		}
	}
	return out, nil
}
