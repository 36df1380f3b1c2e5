package render

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/storyline-news/storyline/internal/news"
)

// A stream of stories ("storyline stories --stream") is written as it goes: each story
// when it closes, each copy whose original's story had already closed, and a last
// count. In JSON it is JSON Lines, each line an object whose "type" says what it is:
//
//	{"type": "story", "story": {...}}             a story, as JSONStoryList lists it
//	{"type": "copy", "article": {...}, "copy_of": "ID"}
//	{"type": "end", "articles": N, "stories": N, "copies": N, "set_aside": N}

// JSONStreamStory is a story closed in a stream.
type JSONStreamStory struct {
	Type  string          `json:"type"`
	Story JSONListedStory `json:"story"`
}

// JSONStreamCopy is a copy of an article whose story had already closed.
type JSONStreamCopy struct {
	Type    string            `json:"type"`
	Article JSONListedArticle `json:"article"`
	CopyOf  string            `json:"copy_of"`
}

// JSONStreamEnd counts what the stream did.
type JSONStreamEnd struct {
	Type     string `json:"type"`
	Articles int    `json:"articles"`
	Stories  int    `json:"stories"`
	Copies   int    `json:"copies"`
	SetAside int    `json:"set_aside"`
}

// StreamStory writes a story as it closes: in text the lines "storyline stories"
// prints for it (with articles, its articles too), in JSON one line.
func StreamStory(w io.Writer, format string, st news.Story, articles bool) error {
	if format == "json" {
		return jsonLine(w, JSONStreamStory{Type: "story", Story: listedStory(st)})
	}
	writeStoryText(w, st, articles)
	return nil
}

// StreamCopy writes a copy found after its original's story closed.
func StreamCopy(w io.Writer, format string, a news.Article, original string) error {
	if format == "json" {
		return jsonLine(w, JSONStreamCopy{Type: "copy", Article: articleJSON(a), CopyOf: original})
	}
	_, err := fmt.Fprintf(w, "copy: %s  %s  %s, of %s (its story has closed)\n", a.ID, listDay(a.Published), outletOf(a), original)
	return err
}

// StreamEnd writes the last count of a stream; its SetAside counts the inputs skipped
// or set aside, which the warnings name.
func StreamEnd(w io.Writer, format string, end JSONStreamEnd) error {
	end.Type = "end"
	if format == "json" {
		return jsonLine(w, end)
	}
	aside := ""
	if end.SetAside > 0 {
		aside = fmt.Sprintf("; %s skipped or set aside (see the warnings)", plural(end.SetAside, "input", "inputs"))
	}
	_, err := fmt.Fprintf(w, "%s: %s, %s%s\n", plural(end.Articles, "article", "articles"),
		plural(end.Stories, "story", "stories"), plural(end.Copies, "copy", "copies"), aside)
	return err
}

// jsonLine writes v as one line of JSON.
func jsonLine(w io.Writer, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}
