package clean

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Language identification, for articles whose input did not declare one (plain text,
// JSON, wire SGML, feeds): by writing system first, then, for the Latin and Cyrillic
// alphabets that many languages share, by the short function words each language
// uses most (the short-word method that Grefenstette, "Comparing two language
// identification schemes", JADT 1995, compares with letter trigrams), helped by
// letters that only one of the languages uses (ı in Turkish, ł in Polish, ы in
// Russian, і in Ukrainian).

// langWords and langLetters are how much of an article is looked at: the first words
// and letters are enough, and an article's cost stays flat whatever its length.
const (
	langWords   = 300
	langLetters = 2000
)

// functionWords lists, per language (ISO 639-1 code), about forty of its commonest
// short words, written for this table from a speaker's knowledge of each language.
var functionWords = []struct{ code, words string }{
	{"en", "a the of and to in is that for it was on with as by at from he she have has are were be this which not but they said an would his her their been or who will"},
	{"fr", "le la les de des du un une et est en que qui dans pour pas sur au aux avec ce cette il elle sont ont par plus ne se son sa ses mais été nous vous leur"},
	{"de", "der die das und ist nicht den dem des ein eine einen mit sich auf für von zu im auch es wird wurde sind hat haben bei nach aus dass oder wie noch werden über sie er war"},
	{"es", "el la los las de del que y en un una es por con para se no su sus al lo como más pero fue ha han este esta son está también sobre entre cuando muy hasta"},
	{"it", "il lo la gli le di del della dei che e è un una per con non si sono da nel nella al alla anche come più ma ha hanno questo questa essere stato degli delle sul"},
	{"ca", "el la els les de del que i en un una és per amb no es al als com més però va ha han aquest aquesta són està també sobre entre quan molt fins"},
	{"pt", "o a os as de do da dos das que e é em no na nos um uma para com não por se mais ao foi são mas como seu sua também pelo pela está ele ela isso"},
	{"nl", "de het een en van is dat die in op te niet met voor zijn er aan ook als maar om bij door wordt werd naar nog dan hij ze heeft hebben was deze uit over worden"},
	{"sv", "och att det som en ett är av för på med den till inte har de om var men jag från vid eller också så kan han hon sig efter när vi detta blev skulle"},
	{"da", "og at det som en et er af for på med den til ikke har de om var men jeg fra ved eller også så kan han hun sig efter når vi dette blev skulle hvad nogle mig"},
	{"no", "og å det som en et er av for på med den til ikke har de om var men jeg fra ved eller også så kan han hun seg etter når vi dette ble skulle hva noen meg"},
	{"fi", "ja on ei että se hän oli ovat mutta tai kun myös joka jotka sen niin kuin mukaan vuoden ole olla hänen tämä nyt jo vielä jälkeen sekä"},
	{"pl", "i w na z się nie do to że jest o jak po co ale przez od za tak jego już dla są czy tym był była został może przy oraz"},
	{"cs", "a v na se je že to s z do o ve jako za by ale jsou pro od po tak který která které byl byla bylo jeho také již při podle"},
	{"ro", "și şi în de la a cu că nu pe o un este din care mai pentru au sunt fost ca ce sau lui dar această acest va fi"},
	{"hu", "a az és hogy nem is egy van meg de már csak ez volt mint még azt után szerint pedig lesz vagy kell amely ki el"},
	{"tr", "ve bir bu da de için ile çok daha olarak gibi en ne ama o sonra kadar olan var değil her mi şu ise ki diye göre"},
	{"id", "yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga ada adalah oleh sudah saya mereka karena bisa telah atau"},
	{"sh", "i u je na da se za od su s sa kao ali što koji koja koje bio bila bilo iz nije će ili po o te još samo nakon prema"},
	{"ru", "и в не на что с как это по он она они но из к у за же от о так был была было были его её для уже или который"},
	{"uk", "і в не на що з як це по він вона вони але із до у за же від про так був була було були його її для вже або який"},
	{"bg", "и в не на че с като това по той тя те но от за да се е са беше бяха го я му ще или който която които"},
	{"sr", "и у не на да је се са као то по он она они али из за од о тако био била било његов њен за већ или који"},
}

// letterCues lists letters that, among the languages of functionWords, only one
// language uses (or, for Danish and Norwegian, only those two): a word with one of
// them counts as a function word of that language. They decide between languages
// whose function words are few in news prose (Turkish) or shared (Russian and
// Bulgarian).
var letterCues = []struct{ code, letters string }{
	{"tr", "ığİ"}, {"ro", "ăâțș"}, {"pl", "łąęśźżń"}, {"cs", "řěů"}, {"hu", "őű"},
	{"de", "ß"}, {"es", "ñ"}, {"pt", "ãõ"}, {"da", "æø"}, {"no", "æø"},
	{"ru", "ыэ"}, {"uk", "іїєґ"}, {"sr", "ђјљњћџ"}, {"sh", "đ"}, {"bg", "ъ"},
}

// languageNames names each language identified, in English.
var languageNames = map[string]string{
	"en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
	"pt": "Portuguese", "nl": "Dutch", "sv": "Swedish", "da": "Danish", "no": "Norwegian",
	"fi": "Finnish", "pl": "Polish", "cs": "Czech", "ro": "Romanian", "hu": "Hungarian",
	"tr": "Turkish", "id": "Indonesian", "ru": "Russian", "uk": "Ukrainian", "bg": "Bulgarian",
	"sr": "Serbian", "sh": "Serbo-Croatian", "ca": "Catalan", "el": "Greek", "he": "Hebrew", "ar": "Arabic", "fa": "Persian",
	"ur": "Urdu", "hi": "Hindi", "bn": "Bengali", "ta": "Tamil", "th": "Thai", "ka": "Georgian",
	"hy": "Armenian", "ko": "Korean", "ja": "Japanese", "zh": "Chinese",
}

// LanguageName returns the English name of a language code ("fr": "French"), or the
// code itself when it is not one Language identifies.
func LanguageName(code string) string {
	if n, ok := languageNames[code]; ok {
		return n
	}
	return code
}

// wordLanguages maps each function word to the languages (indexes in
// functionWords) that use it.
var wordLanguages = sync.OnceValue(func() map[string][]int {
	m := map[string][]int{}
	for i, l := range functionWords {
		for _, w := range strings.Fields(l.words) {
			m[w] = append(m[w], i)
		}
	}
	return m
})

// cueLanguages maps each cue letter to the languages (indexes in functionWords) it
// marks.
var cueLanguages = sync.OnceValue(func() map[rune][]int {
	m := map[rune][]int{}
	for _, c := range letterCues {
		i := slices.IndexFunc(functionWords, func(l struct{ code, words string }) bool { return l.code == c.code })
		for _, r := range c.letters {
			m[r] = append(m[r], i)
		}
	}
	return m
})

// scriptLanguages gives the language of a writing system that one language
// dominates; Latin, Cyrillic, Arabic and the Chinese characters are decided apart.
var scriptLanguages = []struct {
	table *unicode.RangeTable
	code  string
}{
	{unicode.Greek, "el"}, {unicode.Hebrew, "he"}, {unicode.Devanagari, "hi"},
	{unicode.Bengali, "bn"}, {unicode.Tamil, "ta"}, {unicode.Thai, "th"},
	{unicode.Georgian, "ka"}, {unicode.Armenian, "hy"}, {unicode.Hangul, "ko"},
}

// The writing systems Language counts: scriptOther+i is scriptLanguages[i].
const (
	scriptLatin = iota
	scriptCyrillic
	scriptArabic
	scriptKana
	scriptHan
	scriptUnknown // a letter of a system not listed
	scriptOther
)

// Language returns the ISO 639-1 code of the language the paragraphs are written in,
// or "" when they are too short (fewer than 20 letters, or fewer than 3 function
// words in a shared alphabet) or no language stands out.
func Language(paras []string) string {
	counts := make([]int, scriptOther+len(scriptLanguages))
	letters := 0
	for _, p := range paras {
		for _, r := range p {
			if letters == langLetters {
				break
			}
			if sc := script(r); sc >= 0 {
				counts[sc]++
				letters++
			}
		}
	}
	if letters < 20 {
		return ""
	}
	major := func(sc int) bool { return 2*counts[sc] > letters }
	switch {
	case counts[scriptKana] > 0 && 2*(counts[scriptKana]+counts[scriptHan]) > letters:
		return "ja" // Japanese mixes kana with Chinese characters
	case major(scriptHan):
		return "zh"
	case major(scriptArabic):
		return arabicScript(paras)
	case major(scriptLatin), major(scriptCyrillic):
		return byFunctionWords(paras)
	}
	for i, sl := range scriptLanguages {
		if major(scriptOther + i) {
			return sl.code
		}
	}
	return ""
}

// script returns the writing system of a letter, or -1 for a character that is not a
// letter.
func script(r rune) int {
	switch {
	case r < 0x80:
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
			return scriptLatin
		}
		return -1
	case !unicode.IsLetter(r):
		return -1
	case r < 0x250 || unicode.Is(unicode.Latin, r):
		return scriptLatin
	case unicode.Is(unicode.Cyrillic, r):
		return scriptCyrillic
	case unicode.Is(unicode.Arabic, r):
		return scriptArabic
	case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
		return scriptKana
	case unicode.Is(unicode.Han, r):
		return scriptHan
	}
	for i, sl := range scriptLanguages {
		if unicode.Is(sl.table, r) {
			return scriptOther + i
		}
	}
	return scriptUnknown
}

// arabicScript tells Persian and Urdu, which add letters to the Arabic alphabet,
// from Arabic.
func arabicScript(paras []string) string {
	code := "ar"
	for _, p := range paras {
		switch {
		case strings.ContainsAny(p, "ٹڈڑںے"):
			return "ur"
		case strings.ContainsAny(p, "پچژگ"):
			code = "fa"
		}
	}
	return code
}

// byFunctionWords returns the language whose function words are most of the first
// words, if they are at least a tenth of them, at least 3, and more than the next
// language's by 2 and by a tenth (close languages share most of their function
// words: Danish and Norwegian differ in a few, "af" and "av"); "" otherwise.
func byFunctionWords(paras []string) string {
	index, cues := wordLanguages(), cueLanguages()
	hits := make([]int, len(functionWords))
	cued := make([]bool, len(functionWords))
	var buf [64]byte
	word, words, hasLetter, anyCue := buf[:0], 0, false, false
	end := func() {
		if hasLetter {
			words++
			for _, l := range index[string(word)] {
				hits[l]++
			}
		}
		if anyCue {
			clear(cued)
		}
		word, hasLetter, anyCue = buf[:0], false, false
	}
	for _, p := range paras {
		for _, r := range p {
			if words == langWords {
				break
			}
			// Apostrophes stay in a word: the "s" of "Mann's" is not the Czech "s".
			if !unicode.IsLetter(r) && r != '\'' && r != '’' {
				end()
				continue
			}
			hasLetter = hasLetter || unicode.IsLetter(r)
			word = utf8.AppendRune(word, unicode.ToLower(r))
			if r < 0x80 {
				continue
			}
			for _, c := range [2]rune{r, unicode.ToLower(r)} {
				for _, l := range cues[c] {
					if !cued[l] {
						cued[l], anyCue = true, true
						hits[l]++
					}
				}
			}
		}
		end()
	}
	best, second := -1, 0
	for i, h := range hits {
		switch {
		case best < 0 || h > hits[best]:
			if best >= 0 {
				second = hits[best]
			}
			best = i
		case h > second:
			second = h
		}
	}
	if h := hits[best]; h < 3 || 10*h < words || h-second < 2 || 10*(h-second) < h {
		return ""
	}
	return functionWords[best].code
}
