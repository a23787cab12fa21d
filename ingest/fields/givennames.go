package fields

import "strings"

// IsGivenName reports whether w is a common given name in one of the
// languages think tanks publish in ("Bruno", "Larissa", "Ryo"), in any
// case: a line's last words that start with one are far more often a
// byline run into a title than the title's own words. Given names that are
// also common words in some language ("Will", "Grace", "Mark", "Don",
// "Temel", "Nur"), month names ("Jan") and Chinese given names, which are
// dynasties' and places' names as often, are left out.
func IsGivenName(w string) bool {
	lw := strings.ToLower(strings.Trim(w, ".,;:*†‡"))
	return givenNames[lw] || givenNames[plainLetters.Replace(lw)]
}

// plainLetters folds the accents given names are written with and without
// ("María", "José", "Zoë").
var plainLetters = strings.NewReplacer("á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "é", "e", "è", "e", "ê", "e", "ë", "e",
	"í", "i", "ì", "i", "î", "i", "ï", "i", "ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o", "ú", "u", "ù", "u", "û", "u", "ü", "u",
	"ç", "c", "ñ", "n")

var givenNames = func() map[string]bool {
	m := make(map[string]bool)
	for _, group := range []string{
		// English
		`aaron adam adrian alan albert alex alexander alexandra alfred alice alison allan amanda amy andrea andrew angela anna anne annie anthony antony arthur ashley barbara barry ben benjamin beth bethany brad bradley brenda brendan brian bruce bryan caitlin cameron carl caroline catherine charles charlotte chris christina christine christopher claire colin colm conor craig cynthia damian daniel danielle darren david deborah denise dennis derek diana diane donald donna dorothy douglas duncan edward eileen eleanor elizabeth ellen emily emma eric erica erin ethan evan fiona francis fraser gabe gareth gary gavin geoffrey george gerald gillian glenn gordon graeme graham gregory hannah harold harriet heather helen henry hugh ian isabel jacob james jamie jane janet janice jason jeffrey jennifer jeremy jessica jill joan joanna joanne john jonathan joseph joshua judith julia julian julie justin karen kate katherine kathleen kathryn katie keith kelly kenneth kevin kimberly kirsty larissa laura lauren lawrence leah linda lindsay lisa louise lucy luke lynn malcolm margaret maria marie marion martin mary matthew megan melanie melissa michael michelle mike natalie nathan neil nicholas nicola nigel oliver owen pamela patricia patrick paul paula peter philip phillip rachel raymond rebecca richard robert robin roger ronald rosemary ruth ryan samantha samuel sandra sarah scott sean sharon sheila simon sophie stephanie stephen steve steven stuart susan suzanne teresa thomas timothy tom tony tracy trevor valerie vanessa vincent walter wendy william zoe`,
		// German, Dutch, Scandinavian
		`andreas anke annika axel bernd birgit carsten christoph claudia dagmar detlef dieter dirk elke erik friedrich gerd gerhard gudrun günter hans harald heike heinrich helmut hendrik holger ingrid jens joachim jochen johannes jörg jürgen karin karsten katharina klaus kristina lars lena lukas maarten manfred marcel markus matthias maximilian mette niels nils olaf ole pieter rainer ralf reinhard rolf rüdiger sabine sebastian siegfried silke stefan stefanie susanne sven thorsten tobias torben ulrich ulrike ursula uwe volker werner wolfgang`,
		// French, Spanish, Portuguese, Italian
		`adrien agnès alain alberto alejandra alejandro alessandra alessandro alfonso alicia álvaro ana andrés antoine antonio arnaud beatriz benoît bernard bruno camille carla carlos carmen catalina cecilia céline cristina daniela diego eduardo elena emilio enrique esteban fabien fabio fabrice federico felipe fernanda fernando francesca francesco françois françoise gabriel gabriela giorgio giovanni giulia giuseppe gonzalo guillaume guillermo gustavo héctor hélène hugo ignacio isabelle jacques javier jean jérôme joão jorge josé juan julien laurent leonardo lorenzo lucas lucía luis luigi luisa manuel marcelo marco marcos mariana mario marta mateo matteo maurizio miguel nicolás olivier pablo paolo pascal pedro philippe pierre rafael raúl renato ricardo roberto rodrigo sergio sofía stéphane sylvie thierry valentina valérie vincenzo xavier`,
		// Slavic, Baltic, Hungarian, Greek, Turkish
		`aleksandr aleksandra aleksey alexei anatoly andrei andrey anton boris bogdan dmitri dmitry ekaterina evgeny galina grzegorz igor irina ivan jakub jerzy kamil katarzyna konstantin krzysztof łukasz magdalena maciej marek marcin mikhail natalia nikolai oleg olga pavel petr piotr sergei sergey svetlana tatiana tomasz vadim valentin vasily viktor vladimir wojciech yuri zbigniew zoltán andrás attila gábor lászló istván dimitris georgios konstantinos nikos yannis ahmet ayşe burak cem elif emre fatma hakan hasan hüseyin kemal mehmet murat mustafa özlem selim serkan`,
		// Arabic, Persian, South Asian
		`abdul abdullah ahmad ahmed ali amir amin amina anwar ashraf aziz bilal farid fatima hamid hassan hussain hussein ibrahim imran jamal karim khalid mahmoud mohamed mohammad mohammed muhammad nabil nadia omar rashid saddam salim samir tariq yasmin youssef yusuf zainab aditya ajay akash amit anand anil anjali arjun ashok deepak gaurav harsh kavita krishna manoj meera mohan nandini neha nikhil pooja prakash pranav priya rahul raj rajesh rakesh ravi rohan sachin sanjay shashi shreya shyam sunil suresh vijay vikram vivek`,
		// East and Southeast Asian (romanised)
		`akira daisuke haruki hiroshi hiroko kazuki kenji koji makoto naoko ryo satoshi shinji shinzo takashi takeshi taro tomoko yoshihide yuki yuko yuji min-jung ji-hoon jae-in sung-ho hyun seung young-mi xiaoming jianguo guang lihua budi dewi agus andi putu wayan siti rizal joko bambang hendra ketut rina tonny somchai`,
		// more, in the same languages
		`harry jim jimmy jeff joe joel josh roy ross sam sara tina nora sheldon adriana alfredo amparo armando arturo augusto césar cesar claudio cristian ernesto fabiola gilberto gregorio hernán horacio jaime jesús joaquín lorena lourdes marcela mariano martín mauricio octavio osvaldo patricio ramiro raquel rené rocío rubén silvia sonia tomás ulises verónica víctor ximena ramon ramón andré antônio fábio flávio leandro luciana luiz márcio mário otávio paulo renata rogério sérgio thiago vinícius carlo davide emanuele enrico fabrizio federica filippo gianluca gianni luca marcello massimo michele riccardo roberta simone stefano valerio mirco benoit bertrand cédric christophe clément damien dominique émilie étienne frédéric gérard grégoire jean-pierre jean-marc jean-michel laurence louis marc mathieu maxime michel nathalie nicolas rémi sandrine sébastien stéphanie sylvain yves achim bernhard florian fabian georg günther heinz horst jakob kai kurt lothar ludwig martina moritz norbert otto philipp stephan thilo ute wilhelm jae joon kyung sung yong kenichi masahiro naoki shigeru tetsuya yoichi yoshiko ananya arvind ashish harish kiran mahesh naveen nitin pankaj rajiv ramesh sanjeev srinivas sudhir sumit tanvi varun vinod arif dian eko fajar hadi indra irfan lukman rahmat rini teguh wahyu yudi aleksei anastasia dmitrii mariya nikita tatyana vladislav yevgeny yulia aylin bülent cengiz ebru ercan gökhan ilhan kerem mert nihat oğuz orhan serdar sinan tolga volkan yasemin zeynep abdel abdelaziz adel ayman bashir fadi faisal hani hisham issam khaled marwan mona nour osama rami sami tarek walid yasser ziad`,
	} {
		for _, n := range strings.Fields(group) {
			m[n] = true
		}
	}
	return m
}()
