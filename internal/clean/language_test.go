package clean

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storyline-news/storyline/internal/news"
)

func TestLanguage(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"English", "The minister said on Tuesday that the government would not raise taxes this year, but critics of the plan were not convinced by his promise.", "en"},
		{"French", "Le ministre a déclaré mardi que le gouvernement ne relèverait pas les impôts cette année, mais les critiques du projet ne sont pas convaincus par sa promesse.", "fr"},
		{"German", "Der Minister sagte am Dienstag, dass die Regierung die Steuern in diesem Jahr nicht erhöhen wird, aber die Kritiker des Plans sind von seinem Versprechen nicht überzeugt.", "de"},
		{"Spanish", "El ministro dijo el martes que el gobierno no subirá los impuestos este año, pero los críticos del plan no están convencidos por su promesa.", "es"},
		{"Italian", "Il ministro ha detto martedì che il governo non alzerà le tasse quest'anno, ma i critici del piano non sono convinti dalla sua promessa.", "it"},
		{"Portuguese", "O ministro disse na terça-feira que o governo não vai aumentar os impostos este ano, mas os críticos do plano não estão convencidos pela sua promessa.", "pt"},
		{"Dutch", "De minister zei dinsdag dat de regering de belastingen dit jaar niet zal verhogen, maar de critici van het plan zijn niet overtuigd door zijn belofte.", "nl"},
		{"Swedish", "Ministern sade på tisdagen att regeringen inte kommer att höja skatterna i år, men kritikerna av planen är inte övertygade av hans löfte.", "sv"},
		{"Danish", "Ministeren sagde tirsdag, at regeringen ikke vil hæve skatterne i år, men kritikerne af planen er ikke overbevist af hans løfte, og de har bedt om mere efter mødet.", "da"},
		{"Norwegian", "Ministeren sa tirsdag at regjeringen ikke vil heve skattene i år, men kritikerne av planen er ikke overbevist av løftet hans, og de har bedt om å få mer etter møtet.", "no"},
		{"Catalan", "El ministre va dir dimarts que el govern no apujarà els impostos aquest any, però els crítics del pla no estan convençuts per la seva promesa i volen més detalls.", "ca"},
		{"Serbo-Croatian", "Ministar je u utorak rekao da vlada ove godine neće povećati poreze, ali kritičari plana nisu uvjereni njegovim obećanjem i traže još podataka o tome.", "sh"},
		{"Bulgarian", "Министърът заяви във вторник, че правителството няма да вдига данъците тази година, но критиците на плана не са убедени от неговото обещание.", "bg"},
		{"Polish", "Minister powiedział we wtorek, że rząd nie podniesie podatków w tym roku, ale krytycy planu nie są przekonani przez jego obietnicę.", "pl"},
		{"Turkish", "Bakan salı günü yaptığı açıklamada hükümetin bu yıl vergileri artırmayacağını söyledi, ama planı eleştirenler bu söze göre ikna olmuş değil ve daha çok bilgi istiyor.", "tr"},
		{"Indonesian", "Menteri mengatakan pada hari Selasa bahwa pemerintah tidak akan menaikkan pajak tahun ini, tetapi para pengkritik rencana itu belum yakin dengan janji yang dia berikan.", "id"},
		{"Russian", "Министр заявил во вторник, что правительство не будет повышать налоги в этом году, но критики плана не убеждены его обещанием и говорят, что это уже было.", "ru"},
		{"Ukrainian", "Міністр заявив у вівторок, що уряд не буде підвищувати податки цього року, але критики плану не переконані його обіцянкою і кажуть, що це вже було.", "uk"},
		{"Greek", "Ο υπουργός δήλωσε την Τρίτη ότι η κυβέρνηση δεν θα αυξήσει τους φόρους φέτος.", "el"},
		{"Arabic", "قال الوزير يوم الثلاثاء إن الحكومة لن ترفع الضرائب هذا العام", "ar"},
		{"Persian", "وزیر روز سه شنبه گفت که دولت امسال مالیات ها را افزایش نمی دهد", "fa"},
		{"Chinese", "部长周二表示，政府今年不会提高税收，但批评者对他的承诺并不信服。", "zh"},
		{"Japanese", "大臣は火曜日、政府は今年は税金を上げないと述べたが、批判者はその約束に納得していない。", "ja"},
		{"Korean", "장관은 화요일 정부가 올해 세금을 인상하지 않을 것이라고 말했지만 비판자들은 그의 약속을 믿지 않는다.", "ko"},
		{"English quoting French", "The president, speaking in Paris, said \"je ne regrette rien\" and then told the reporters that the talks with the union had been hard but fair for all of them.", "en"},
		{"too short", "Le ministre.", ""},
		{"numbers and names only", "Acme Corp 2024 Q3 EBITDA 17.5 Smith Jones Brown Taylor Wilson", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Language([]string{tt.text}); got != tt.want {
				t.Errorf("Language(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestCleanSetsLanguage(t *testing.T) {
	french := "Le ministre a déclaré mardi que le gouvernement ne relèverait pas les impôts cette année, mais les critiques ne sont pas convaincus."
	in := []news.Article{{ID: "a", Paragraphs: []string{french}}, {ID: "b", Language: "fr-CA", Paragraphs: []string{"The minister said the taxes would not rise this year, and that was that."}}}
	out, _ := Clean(in, Options{})
	if out[0].Language != "fr" {
		t.Errorf("undeclared French article: language %q, want fr", out[0].Language)
	}
	if out[1].Language != "fr-CA" {
		t.Errorf("declared language %q replaced by %q", in[1].Language, out[1].Language)
	}
}

// FuzzLanguage checks that Language never panics and gives "" or a language it can name.
func FuzzLanguage(f *testing.F) {
	f.Add("The minister said on Tuesday that the government would not raise taxes.")
	f.Add("部长周二表示，政府今年不会提高税收")
	f.Add("\xff\xfe le la les de des du un une")
	f.Fuzz(func(t *testing.T, s string) {
		got := Language(strings.Split(s, "\n"))
		if got != "" && LanguageName(got) == got {
			t.Errorf("Language(%q) = %q, a code without a name", s, got)
		}
		if !utf8.ValidString(got) {
			t.Errorf("Language(%q) = %q: invalid UTF-8", s, got)
		}
	})
}

// BenchmarkLanguage measures one article's identification: it reads at most the first
// 2,000 letters, so the cost is the same for any longer article.
func BenchmarkLanguage(b *testing.B) {
	para := "The minister said on Tuesday that the government would not raise taxes this year, but critics of the plan were not convinced by his promise."
	paras := make([]string, 40)
	for i := range paras {
		paras[i] = para
	}
	b.ReportAllocs()
	for b.Loop() {
		if Language(paras) != "en" {
			b.Fatal("not English")
		}
	}
}
