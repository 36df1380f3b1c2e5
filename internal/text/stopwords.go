package text

// IsStopword reports whether a lower-case word is an English stop word: a function
// word (article, pronoun, preposition, conjunction, auxiliary, common adverb), a
// contraction of one, or one of the reporting verbs ("said", "says") that carry no
// content in news text.
func IsStopword(word string) bool {
	_, ok := stopwords[word]
	return ok
}

// stopwords is our own list of about 330 words, in the spirit of the SMART and
// Snowball English lists. It is read-only after package initialisation.
var stopwords = makeSet(
	// articles, determiners and quantifiers
	"a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every",
	"either", "neither", "no", "none", "all", "both", "few", "many", "much", "more", "most",
	"less", "least", "other", "others", "another", "such", "several", "own", "same",
	"enough", "certain",
	// personal, possessive, reflexive and relative pronouns
	"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you",
	"your", "yours", "yourself", "yourselves", "he", "him", "his", "himself", "she", "her",
	"hers", "herself", "it", "its", "itself", "they", "them", "their", "theirs",
	"themselves", "who", "whom", "whose", "which", "what", "whatever", "whoever",
	"whichever", "someone", "somebody", "something", "anyone", "anybody", "anything",
	"everyone", "everybody", "everything", "nobody", "nothing", "one", "ones",
	// prepositions
	"about", "above", "across", "after", "against", "along", "amid", "among", "amongst",
	"around", "as", "at", "before", "behind", "below", "beneath", "beside", "besides",
	"between", "beyond", "by", "despite", "down", "during", "except", "for", "from", "in",
	"inside", "into", "like", "near", "of", "off", "on", "onto", "out", "outside", "over",
	"past", "per", "since", "than", "through", "throughout", "till", "to", "toward",
	"towards", "under", "underneath", "unlike", "until", "up", "upon", "via", "with",
	"within", "without",
	// conjunctions and subordinators
	"and", "but", "or", "nor", "so", "yet", "if", "because", "although", "though",
	"while", "whereas", "whether", "unless", "once", "when", "whenever", "where",
	"wherever", "why", "how", "then", "thus", "therefore", "hence", "however",
	"moreover", "furthermore", "meanwhile", "otherwise", "also", "too", "either",
	// auxiliaries and copulas
	"am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had",
	"having", "do", "does", "did", "doing", "done", "will", "would", "shall", "should",
	"can", "could", "may", "might", "must", "ought", "get", "gets", "got", "getting",
	// contractions, with the apostrophe normalised to '
	"i'm", "i've", "i'd", "i'll", "you're", "you've", "you'd", "you'll", "he's", "he'd",
	"he'll", "she's", "she'd", "she'll", "it's", "it'd", "it'll", "we're", "we've",
	"we'd", "we'll", "they're", "they've", "they'd", "they'll", "that's", "there's",
	"here's", "what's", "who's", "where's", "when's", "why's", "how's", "let's", "isn't",
	"aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "don't",
	"didn't", "won't", "wouldn't", "shan't", "shouldn't", "can't", "cannot", "couldn't",
	"mustn't", "mightn't", "needn't", "ain't",
	// adverbs and other function words
	"not", "very", "just", "only", "even", "still", "already", "again", "ever", "never",
	"always", "often", "sometimes", "soon", "now", "here", "there", "where", "quite",
	"rather", "almost", "perhaps", "maybe", "really", "indeed", "instead", "else",
	"away", "back", "well", "yes", "ok", "okay", "oh", "etc", "ie", "eg", "vs", "via",
	"further", "anyway", "anyhow", "somewhat", "somehow", "someday", "sometime",
	"thereby", "therein", "thereof", "hereby", "herein", "whereby", "wherein",
	"accordingly", "nevertheless", "nonetheless", "namely", "whereas", "upon",
	"ago", "later", "earlier", "next", "last", "first", "second", "including",
	// reporting and light verbs common in news
	"said", "say", "says", "saying", "told", "tell", "tells", "added", "according",
	"make", "makes", "made", "take", "takes", "took", "taken", "go", "goes", "went",
	"gone", "come", "comes", "came", "see", "seen", "saw", "seem", "seems", "seemed",
	"want", "wants", "wanted", "use", "used", "put", "puts", "let", "lets",
	// letters and fragments left by tokenising
	"b", "c", "d", "e", "f", "g", "h", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s",
	"t", "u", "v", "w", "x", "y", "z", "'s", "s'", "ll", "ve", "re", "mr", "mrs", "ms",
	"mr.", "mrs.", "ms.",
)

func makeSet(words ...string) map[string]struct{} {
	m := make(map[string]struct{}, len(words))
	for _, w := range words {
		m[w] = struct{}{}
	}
	return m
}
