package compare

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/storyline-news/storyline/internal/news"
)

// numberWords are the spelled numbers news style uses (AP writes one to nine in words).
var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "hundred": 100,
}

// scales multiply the number before them ("1.5 million").
var scales = map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

// number is a quantity in a sentence and the word it counts ("people" in "12 people").
type number struct {
	text  string
	value float64
	unit  string
}

// numbers returns the quantities of a sentence, leaving out the words of its time
// expressions ("July 26, 2017" is a date, not a count).
func numbers(text string, times []news.TimeExpr) []number {
	for _, t := range times {
		if t.Text != "" {
			text = strings.ReplaceAll(text, t.Text, " ")
		}
	}
	words := strings.FieldsFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"“”()[]—–;:!?`, r)
	})
	var out []number
	for i := 0; i < len(words); i++ {
		w := strings.ToLower(strings.Trim(words[i], ".,'’$%"))
		v, ok := numberWords[w]
		if !ok {
			f, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
			if err != nil || !startsDigit(w) {
				continue
			}
			v = f
		}
		n := number{text: strings.Trim(words[i], ".,"), value: v}
		j := i + 1
		if j < len(words) {
			if s, ok := scales[strings.ToLower(strings.Trim(words[j], ".,"))]; ok {
				n.value *= s
				n.text += " " + strings.Trim(words[j], ".,")
				j++
			}
		}
		switch {
		case strings.HasSuffix(words[i], "%"):
			n.unit = "percent"
		case j < len(words):
			n.unit = strings.ToLower(strings.Trim(words[j], ".,'’"))
		case i > 0:
			n.unit = "<" + strings.ToLower(strings.Trim(words[i-1], ".,'’"))
		}
		out = append(out, n)
		i = j - 1
	}
	return out
}

func startsDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// numberConflict reports two quantities that count the same word with different values,
// one in each sentence, when neither sentence gives the other's value.
func numberConflict(ta, tb string, timesA, timesB []news.TimeExpr) (string, string, bool) {
	na, nb := numbers(ta, timesA), numbers(tb, timesB)
	for _, x := range na {
		if hasValue(nb, x.value) {
			continue
		}
		for _, y := range nb {
			if y.unit == x.unit && x.unit != "" && !hasValue(na, y.value) {
				return strings.TrimSpace(x.text + " " + trimUnit(x.unit)), strings.TrimSpace(y.text + " " + trimUnit(y.unit)), true
			}
		}
	}
	return "", "", false
}

func trimUnit(u string) string {
	if strings.HasPrefix(u, "<") {
		return ""
	}
	return u
}

func hasValue(ns []number, v float64) bool {
	for _, n := range ns {
		if n.value == v {
			return true
		}
	}
	return false
}
