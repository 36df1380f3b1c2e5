package text

import "strings"

// Gender of a first name. The lists are of common first names only, and short on
// purpose: a title ("Ms.", "Mr.") or a pronoun already tied to the person is better
// evidence. A name in both lists ("Jean", "Angela" as given in some languages) tells
// nothing.
const (
	UnknownGender = 0
	Male          = 'm'
	Female        = 'f'
)

// FirstNameGender returns Male or Female for a common first name written in lower case
// ("gary", "victoria"), or UnknownGender.
func FirstNameGender(low string) byte {
	m, f := maleNames[low], femaleNames[low]
	switch {
	case m && !f:
		return Male
	case f && !m:
		return Female
	}
	return UnknownGender
}

// IsCommonFirstName reports whether low is in either list.
func IsCommonFirstName(low string) bool { return maleNames[low] || femaleNames[low] }

var maleNames = wordSet(`james john robert michael william david richard joseph thomas charles christopher
daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
ronald edward jason jeffrey jeff ryan jacob gary nicholas eric jonathan stephen steve larry justin
scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry tyler aaron
jose adam nathan henry douglas zachary peter kyle walter ethan jeremy harold keith christian roger
noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert
willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby
philip phil johnny mike bill tom tim jim bob ben sam dan rob rod reince anthony chuck mitch lindsey
bernie barack vladimir boris emmanuel angela xi narendra olaf rishi keir hans klaus pierre jean
luis carlos miguel ahmed mohammed muhammad ali omar hassan ivan dmitri sergei igor ken ted hank
marco rand jared stephen marcus derek travis shane todd craig neil ian colin graham nigel
simon oliver harry jamie alfie callum liam connor declan rory seamus fergus hugh giles rupert
tobias felix lukas jurgen jürgen pep jose mauricio antonio mario giorgio lebron kobe tiger roger
rafael novak andy`)

var femaleNames = wordSet(`mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy
lisa betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa
deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda
pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria
heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan
cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice
madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie
diana brittany natalie isabella charlotte rose alexis kayla hillary nancy kamala elizabeth
theresa ursula jacinda marine giorgia nicola priya aisha fatima leila yasmin sonia indira
chloe ella lucy sophie harriet imogen jess jo kate katie meg nora eileen siobhan aoife niamh
caitlin jody kellyanne sarah huckabee ivanka melania nikki elise serena venus naomi simone
megan alex`)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
