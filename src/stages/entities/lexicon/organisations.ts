/**
 * Well-known organisations whose one-word names a PER-trained tagger often reads as people
 * (companies, platforms, pollsters, advocacy groups, agencies, armed groups). Hand-written
 * from general knowledge, lower-case; no corpus text. Names that are also common given
 * names or surnames (Ford, Tesla, Dell) are left out: there the tagger's PER is as likely right.
 */
export const ORGANISATION_NAMES = new Set(
  `twitter|facebook|google|alphabet|youtube|instagram|snapchat|tinder|reddit|tumblr|linkedin|whatsapp|pinterest|tiktok
|apple|microsoft|amazon|uber|lyft|airbnb|netflix|spotify|yahoo|ebay|paypal|samsung|intel|ibm|oracle|verizon|comcast
|walmart|costco|starbucks|boeing|exxon|exxonmobil|chevron|pfizer|citigroup|jpmorgan|goldman sachs|morgan stanley
|wikileaks|wikipedia|gallup|quinnipiac|rasmussen|ipsos|yougov|nielsen|politifact|snopes|planned parenthood
|amnesty international|greenpeace|hamas|hezbollah|isis|isil|al qaeda|al-qaeda|taliban|boko haram|fbi|cia|nsa|nra|aclu`
    .split('|')
    .map((s) => s.trim()),
);
