package extract

// Patterns used inside the rules, compiled once.
var (
	reH1 = mkf(`^(?:for|aux?|a la|charge|aupres|de |del |para|(?:at|in|of|to) the (?:ministry|minister|department)|en el ministerio|en la cancilleria)`)
	reH2 = mkf(`(?:por parte del?|de la part d[eu]|on the part of)\s*(?:la |le |l'|el |the )?$`)
	reH3 = mkf(`^\s*(?:,|\)|\(|reaffirm|reitera|a reaffirme|a reitere|has|have|reaffirmed|reiterated|expressed|exprime|rechaza|rejette|rejects|considera|considere|considers|apoya|soutient|supports|respalda|backs|welcomes|salue|saluda|reconoce|reconnait|recognizes|recognises|defiende|defend|que|qui|which|who|its|son|sa|su)`)
	reH4 = mkf(`^\s*(?:,|\(|au|en|in|\-)\s*(?:la |le |l'|el |the )?$`)
	reH5 = mkf(`^,?\s*(?:ou|where|donde)\b`)
	reH6 = mkf(`^\s*(?:du secretariat general|of the secretariat|de la secretaria general)?`)
	reH7 = mkf(`(?:organi[sz]ation'?s?|organizacion|organisation regionale)\b[^,]{0,20}$|\b(?:dont l'organisation|whose organi[sz]ation)\b`)
	reH8 = mkf(`\b(?:son|sa|its|their|su|dont|whose|cuya)\b`)
)
