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
