package clean

import "testing"

func TestTidyByline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"SARA RIMER and RAYMOND BONNER", "Sara Rimer and Raymond Bonner"},
		{"VLADIMIR ISACHENKOV, Associated Press Writer", "Vladimir Isachenkov, Associated Press Writer"},
		{"ROBERT L. JAMIESON JR.", "Robert L. Jamieson Jr."},
		{"JOHN O'NEIL and ANNE SMITH-JONES", "John O'Neil and Anne Smith-Jones"},
		{"ANTHONY DePALMA", "Anthony DePalma"},
		{"HENRY FORD III", "Henry Ford III"},
		{"JOHN McDONALD and the WRITER", "John McDonald and the Writer"},
		{"ANJETTA McQUEEN, AP Education Writer", "Anjetta McQueen, AP Education Writer"},
		{"JING LI and WEN WU", "Jing Li and Wen Wu"},
		{"BETH DALEY AND JOHN ELLEMENT WITH ANN WU", "Beth Daley and John Ellement with Ann Wu"},
		{"a byline in lower case, McCain", "a byline in lower case, McCain"},
		{"Jack Warner", "Jack Warner"},
		{"DAVID HO Associated Press Writer", "David Ho Associated Press Writer"},
		{"JUSTIN HYDE AP Auto Writer", "Justin Hyde AP Auto Writer"},
		{"Kim NG, Reuters", "Kim Ng, Reuters"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := tidyByline(tt.in); got != tt.want {
			t.Errorf("tidyByline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCutRole(t *testing.T) {
	tests := []struct{ in, name, role string }{
		{"Vladimir Isachenkov, Associated Press Writer", "Vladimir Isachenkov", "Associated Press Writer"},
		{"Sara Rimer and Raymond Bonner, Associated Press Writers", "Sara Rimer and Raymond Bonner", "Associated Press Writers"},
		{"David Ho Associated Press Writer", "David Ho", "Associated Press Writer"},
		{"Justin Hyde AP Auto Writer", "Justin Hyde", "AP Auto Writer"},
		{"Tim Tesconi NYT Regional Newspapers", "Tim Tesconi", "NYT Regional Newspapers"},
		{"Jane Roe, Staff Writer", "Jane Roe", "Staff Writer"},
		{"H. Josef Hebert,", "H. Josef Hebert", ""},
		// Only a role, no role word at the end, or a role without a comma that opens
		// with no agency or publication word: kept whole.
		{"Staff Writer", "Staff Writer", ""},
		{"Associated Press Writer", "Associated Press Writer", ""},
		{"Kim Ng, Reuters", "Kim Ng, Reuters", ""},
		{"Jack Warner", "Jack Warner", ""},
		{"Jane Roe Senior Writer", "Jane Roe Senior Writer", ""},
		{"Jane Roe, senior writer", "Jane Roe, senior writer", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		name, role := cutRole(tt.in)
		if name != tt.name || role != tt.role {
			t.Errorf("cutRole(%q) = %q, %q; want %q, %q", tt.in, name, role, tt.name, tt.role)
		}
	}
}

func TestRoleOutlet(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Associated Press Writer", "Associated Press"},
		{"AP Science Writer", ""},
		{"Staff Writer", ""},
		{"Writer", ""},
	}
	for _, tt := range tests {
		if got := roleOutlet(tt.in); got != tt.want {
			t.Errorf("roleOutlet(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
