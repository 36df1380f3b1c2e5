package dateparser

// monthNames maps lower-case month names and their usual abbreviations, in the languages
// news sites most often publish in (Arabic in its Egyptian forms), to month numbers.
var monthNames = buildMonths(map[int][]string{
	1: {"january", "jan", "januar", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro",
		"januari", "jänner", "tammikuu", "tammikuuta", "styczeń", "stycznia", "sty", "leden", "ledna",
		"ocak", "ianuarie", "január", "январь", "января", "янв", "січня", "ιανουαρίου", "gener", "يناير"},
	2: {"february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio",
		"fevereiro", "fev", "februari", "helmikuu", "helmikuuta", "luty", "lutego", "lut", "únor",
		"února", "şubat", "subat", "februarie", "február", "февраль", "февраля", "фев", "лютого",
		"φεβρουαρίου", "febrer", "فبراير"},
	3: {"march", "mar", "märz", "maerz", "mars", "marzo", "março", "marco", "maart", "mrt",
		"maaliskuu", "maaliskuuta", "marzec", "marca", "březen", "března", "mart", "martie",
		"március", "март", "марта", "березня", "μαρτίου", "març", "مارس"},
	4: {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "huhtikuu", "huhtikuuta",
		"kwiecień", "kwietnia", "kwi", "duben", "dubna", "nisan", "aprilie", "április", "апрель",
		"апреля", "апр", "квітня", "απριλίου", "أبريل", "ابريل", "إبريل"},
	5: {"may", "mai", "mayo", "maggio", "mag", "maio", "mei", "toukokuu", "toukokuuta", "maj",
		"maja", "květen", "května", "mayıs", "mayis", "május", "май", "мая", "травня", "μαΐου", "maig", "مايو"},
	6: {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "kesäkuu", "kesäkuuta",
		"czerwiec", "czerwca", "cze", "červen", "června", "haziran", "iunie", "június", "июнь",
		"июня", "червня", "ιουνίου", "juny", "يونيو", "يونية"},
	7: {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "heinäkuu",
		"heinäkuuta", "lipiec", "lipca", "lip", "červenec", "července", "temmuz", "iulie", "július",
		"июль", "июля", "липня", "ιουλίου", "juliol", "يوليو", "يولية"},
	8: {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "elokuu", "elokuuta",
		"sierpień", "sierpnia", "sie", "srpen", "srpna", "ağustos", "agustos", "augusztus", "август",
		"августа", "авг", "серпня", "αυγούστου", "agost", "أغسطس", "اغسطس"},
	9: {"september", "sep", "sept", "septembre", "septiembre", "set", "settembre", "setembro",
		"syyskuu", "syyskuuta", "wrzesień", "września", "wrz", "září", "eylül", "eylul",
		"septembrie", "szeptember", "сентябрь", "сентября", "сен", "вересня", "σεπτεμβρίου", "setembre", "سبتمبر"},
	10: {"october", "oct", "oktober", "octobre", "octubre", "ottobre", "ott", "outubro", "out",
		"okt", "lokakuu", "lokakuuta", "październik", "października", "paź", "říjen", "října",
		"ekim", "octombrie", "október", "октябрь", "октября", "окт", "жовтня", "οκτωβρίου", "octubre", "أكتوبر", "اكتوبر"},
	11: {"november", "nov", "novembre", "noviembre", "novembro", "marraskuu", "marraskuuta",
		"listopad", "listopada", "lis", "listopadu", "kasım", "kasim", "noiembrie", "ноябрь",
		"ноября", "ноя", "листопада", "νοεμβρίου", "نوفمبر"},
	12: {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic",
		"dicembre", "dezembro", "joulukuu", "joulukuuta", "grudzień", "grudnia", "gru", "prosinec",
		"prosince", "aralık", "aralik", "decembrie", "декабрь", "декабря", "дек", "грудня",
		"δεκεμβρίου", "desembre", "ديسمبر"},
})

func buildMonths(byNumber map[int][]string) map[string]int {
	m := map[string]int{}
	for n, names := range byNumber {
		for _, name := range names {
			m[name] = n
		}
	}
	return m
}

// fillers are words that may stand between the parts of a written date: "5 de marzo de
// 2019", "the 5th of March", "March the 5th", "le 5 mars".
var fillers = map[string]bool{"de": true, "del": true, "of": true, "the": true, "den": true, "di": true, "do": true, "da": true}

// ordinalSuffixes may follow a day number: "5th", "1st", "1er", "5º".
var ordinalSuffixes = map[string]bool{"st": true, "nd": true, "rd": true, "th": true, "er": true, "e": true, "º": true, "ª": true}
