package extract

import (
	"context"
	"testing"
	"unicode/utf8"

	"diplograph"
	"diplograph/loader"
)

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Le ministre des Affaires étrangères, Jean Dupont, a reçu son homologue malien, Abdou Traoré.",
		"Secretary Jane Roe spoke by phone with Moroccan Foreign Minister Karim Alaoui.",
		"El ministro de Asuntos Exteriores, Pedro Gómez, se reunió con su homólogo marroquí.",
		"RABAT, 3 mai (MAP) - Le Royaume a salué le soutien du Sénégal à l'intégrité territoriale du Maroc.",
		"date 2022-01\nLa Gambie a ouvert un consulat général à Dakhla.",
		"Le Maroc a adhéré à l'Organisation Islamique pour la Sécurité Alimentaire, créée sous l'égide de l'OCI.",
		"\xef\xbb\xbfS.M. le Roi Mohammed VI a reçu les lettres de créance de l'ambassadeur d'Espagne, Luis Pérez.",
		"les deux ministres ont convenu de tenir des consultations politiques; les deux pays",
		"Ministre, ministre, ministre, , , ,,, M. X Y Z VI ÉÉ",
	} {
		f.Add([]byte(s))
	}
	x := New(Options{})
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := x.Extract(context.Background(), loader.TextInput{ID: "fuzz", Data: data})
		if diplograph.KindOf(err) == diplograph.Internal {
			t.Fatalf("a rule failed: %v", err) // Extract turns a panic into an Internal error
		}
		if err != nil {
			return
		}
		if err := c.Document.Validate(len(data)); err != nil {
			t.Fatalf("invalid output: %v", err)
		}
		for _, r := range c.Relations {
			for _, ev := range r.Evidence {
				if ev.Start < 0 || ev.End > len(data) || ev.Start > ev.End {
					t.Fatalf("offsets [%d,%d) outside input of %d bytes", ev.Start, ev.End, len(data))
				}
				if utf8.Valid(data) && string(data[ev.Start:ev.End]) != ev.Quote {
					t.Fatalf("quote %q != input %q", ev.Quote, data[ev.Start:ev.End])
				}
			}
		}
	})
}
