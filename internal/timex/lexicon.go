package timex

import "time"

// Word tables. They are read-only after package initialisation.

var monthNames = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

// monthAbbrevs are short month names; they count as months only before a day number.
var monthAbbrevs = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdayNames = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
	"sunday": time.Sunday,
	"mon":    time.Monday, "tue": time.Tuesday, "tues": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday, "fri": time.Friday,
	"sat": time.Saturday, "sun": time.Sunday,
}

var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}

var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
	"thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
	"seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
	"thirtieth": 30,
}

// vagueCounts are quantities that make a duration of unknown length ("several years": PXY).
var vagueCounts = map[string]bool{
	"several": true, "few": true, "many": true, "some": true, "numerous": true,
	"couple": true,
}

// unitInfo describes a calendar unit: its TIMEX3 duration letter and whether the letter
// follows a "T" (hours, minutes, seconds).
type unitInfo struct {
	name   string // canonical: second, minute, hour, day, week, month, quarter, year, decade, century
	letter string
	clock  bool
	mult   int // years per decade or century; 1 otherwise
}

var units = map[string]unitInfo{
	"second": {"second", "S", true, 1}, "seconds": {"second", "S", true, 1},
	"minute": {"minute", "M", true, 1}, "minutes": {"minute", "M", true, 1},
	"hour": {"hour", "H", true, 1}, "hours": {"hour", "H", true, 1},
	"day": {"day", "D", false, 1}, "days": {"day", "D", false, 1},
	"week": {"week", "W", false, 1}, "weeks": {"week", "W", false, 1},
	"month": {"month", "M", false, 1}, "months": {"month", "M", false, 1},
	"quarter": {"quarter", "Q", false, 1}, "quarters": {"quarter", "Q", false, 1},
	"year": {"year", "Y", false, 1}, "years": {"year", "Y", false, 1},
	"decade": {"decade", "Y", false, 10}, "decades": {"decade", "Y", false, 10},
	"century": {"century", "Y", false, 100}, "centuries": {"century", "Y", false, 100},
}

// seasons maps season words to TIMEX3 season codes.
var seasons = map[string]string{
	"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}

// dayParts maps parts of the day to TIMEX3 codes.
var dayParts = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
}

// setAdverbs are one-word frequencies.
// abbrevs end with a full stop that does not end the sentence.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true, "gov": true,
	"sen": true, "rep": true, "lt": true, "col": true, "sgt": true, "corp": true, "inc": true,
	"co": true, "no": true, "vs": true, "jr": true, "sr": true, "prof": true, "ft": true,
}

var setAdverbs = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
	"hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M", "biweekly": "P2W",
	"biannually": "P6M", "semiannually": "P6M",
}

// futureWords mark a clause about the future; pastWords one about the past.
var futureWords = map[string]bool{
	"will": true, "shall": true, "going": true, "plans": true, "plan": true,
	"expected": true, "expects": true, "scheduled": true, "due": true, "upcoming": true,
	"next": true, "coming": true, "intends": true, "aims": true, "until": true,
	"tomorrow": true, "hopes": true, "would": true, "planned": true, "could": true,
	"may": true, "might": true, "should": true, "must": true, "set": true,
}

// presentWords mark a clause in the present: the nearest calendar match wins.
var presentWords = map[string]bool{
	"is": true, "are": true, "begins": true, "starts": true, "ends": true, "opens": true,
	"closes": true, "runs": true, "meets": true, "takes": true, "expires": true, "falls": true,
	"has": true, "have": true, "remains": true,
}

var pastWords = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "ago": true,
	"came": true, "went": true, "met": true, "took": true, "made": true, "gave": true,
	"saw": true, "found": true, "left": true, "held": true, "won": true, "lost": true,
	"fell": true, "rose": true, "began": true, "got": true, "told": true, "became": true,
	"brought": true, "sold": true, "bought": true, "paid": true, "spent": true, "led": true,
	"fled": true, "shot": true, "struck": true, "broke": true, "spoke": true, "wrote": true,
	"ran": true, "sent": true, "built": true, "knew": true, "grew": true, "threw": true,
	"drew": true, "flew": true, "yesterday": true, "earlier": true, "since": true,
	"quit": true,
	"been": true, "ended": true, "stood": true, "sat": true, "felt": true, "kept": true,
	"meant": true, "chose": true, "drove": true, "ate": true, "forgot": true, "swore": true,
	"resigned": true, "died": true, "arrived": true,
}

// notPastEd are words ending in -ed that do not mark the past.
var notPastEd = map[string]bool{
	"expected": true, "scheduled": true, "planned": true, "proposed": true, "need": true,
	"indeed": true, "speed": true, "feed": true, "seed": true, "based": true,
	"supposed": true, "red": true, "bed": true, "shed": true, "hundred": true,
	"united": true, "limited": true, "related": true, "bred": true, "wed": true,
	"unexpected": true, "advanced": true, "sacred": true, "naked": true, "wicked": true,
}

// yearBlockers before a four-digit number mean it counts things, not a year.
var yearBlockers = map[string]bool{
	"about": true, "some": true, "nearly": true, "than": true, "almost": true,
	"approximately": true, "roughly": true, "over": true, "under": true, "around": true,
	"$": true, "#": true, "no": true, "number": true, "flight": true, "route": true,
	"least": true, "only": true,
}

// yearStoppers after a four-digit number mean it counts things, not a year.
var yearStoppers = map[string]bool{
	"%": true, "people": true, "percent": true, "troops": true, "soldiers": true,
	"votes": true, "jobs": true, "dollars": true, "euros": true, "pounds": true,
	"miles": true, "kilometers": true, "km": true, "feet": true, "meters": true,
	"times": true, "cases": true, "deaths": true, "workers": true, "students": true,
	"homes": true, "residents": true, "members": true, "tons": true, "units": true,
	"employees": true, "points": true, "barrels": true, "acres": true,
	"hours": true, "days": true, "years": true, "kg": true, "mph": true,
}
