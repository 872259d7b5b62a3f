/** News outlets by name (hand-written, lower-case), and the words outlet names end with. */
export const OUTLETS = new Set(
  `reuters|associated press|ap|afp|agence france-presse|bloomberg|bloomberg news|cnn|bbc|bbc news|nbc|nbc news|abc|abc news|cbs|cbs news
|fox news|msnbc|npr|pbs|al jazeera|new york times|the new york times|washington post|the washington post|wall street journal
|the wall street journal|guardian|the guardian|financial times|the economist|politico|axios|usa today|los angeles times
|el universal|reforma|proceso|la jornada|excélsior|excelsior|el financiero|le monde|le figaro|der spiegel|xinhua
|tass|interfax|kyodo|yonhap|the hill|newsweek|time|sky news|deutsche welle|dw|france 24|euronews|the atlantic
|the new yorker|vox|buzzfeed news|huffpost|the independent|the telegraph|the times|daily mail|ria novosti|sputnik|anadolu
|efe|ansa|dpa|infobae|univision|telemundo|televisa|tv azteca|la nación|clarín|o globo|folha de s.paulo|el mundo|abc news`
    .split('|')
    .map((s) => s.trim()),
);

export const OUTLET_ENDINGS =
  /\b(?:News|Times|Post|Journal|Tribune|Herald|Gazette|Report|Press|Radio|Television|Broadcasting|Telegraph|Observer|Chronicle|Daily|Magazine|Wire|Dispatch|Courier|Inquirer|Bulletin)$/;
