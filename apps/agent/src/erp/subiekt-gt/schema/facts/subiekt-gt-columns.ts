/**
 * Column facts of 33 Subiekt GT tables, copied unchanged from `docs/subiekt-gt-columns.tsv` of the
 * project's shared research notes (2026-12), which took them from the public EF Core model
 * `bsdnetpl/SubiektGTModels` (commit 3f9a43c, 2024-01-02) scaffolded from a real GT database.
 * One row per column in database order: table, column, SQL Server type, nullable (YES/NO), the
 * stated default ('' '(1)' '(getdate())' ...; EF leaves out a 0 default of a NOT NULL
 * int/bit/money column) and a note (PK, identity, FK, computed expression). Parsed by
 * column-facts.ts; the sandbox is built from it and a test holds the sandbox to it.
 */
export const SUBIEKT_GT_COLUMNS_TSV = `table	column	sql_type	nullable	default	note
dok__Dokument	dok_Id	int	NO		PK; not identity (ValueGeneratedNever)
dok__Dokument	dok_Typ	int	NO		
dok__Dokument	dok_Podtyp	int	NO		
dok__Dokument	dok_MagId	int	YES		
dok__Dokument	dok_Nr	int	YES		
dok__Dokument	dok_NrRoz	char(3)	YES	''	
dok__Dokument	dok_NrPelny	varchar(30)	NO	''	
dok__Dokument	dok_NrPelnyOryg	varchar(30)	NO	''	
dok__Dokument	dok_DoDokId	int	YES		
dok__Dokument	dok_DoDokNrPelny	varchar(30)	NO	''	
dok__Dokument	dok_DoDokDataWyst	datetime	YES		
dok__Dokument	dok_MscWyst	varchar(40)	NO	''	
dok__Dokument	dok_DataWyst	datetime	NO		
dok__Dokument	dok_DataMag	datetime	NO		
dok__Dokument	dok_DataOtrzym	datetime	YES		
dok__Dokument	dok_PlatnikId	int	YES		
dok__Dokument	dok_PlatnikAdreshId	int	YES		
dok__Dokument	dok_OdbiorcaId	int	YES		
dok__Dokument	dok_OdbiorcaAdreshId	int	YES		
dok__Dokument	dok_PlatId	int	YES		
dok__Dokument	dok_PlatTermin	datetime	YES		
dok__Dokument	dok_Wystawil	varchar(40)	NO	''	
dok__Dokument	dok_Odebral	varchar(40)	NO	''	
dok__Dokument	dok_PersonelId	int	YES		
dok__Dokument	dok_CenyPoziom	int	YES		
dok__Dokument	dok_CenyTyp	int	YES		
dok__Dokument	dok_CenyKurs	money	YES		
dok__Dokument	dok_CenyNarzut	money	NO		
dok__Dokument	dok_RabatProc	money	NO		
dok__Dokument	dok_WartUsNetto	money	NO		
dok__Dokument	dok_WartUsBrutto	money	NO		
dok__Dokument	dok_WartTwNetto	money	NO		
dok__Dokument	dok_WartTwBrutto	money	NO		
dok__Dokument	dok_WartOpZwr	money	NO		
dok__Dokument	dok_WartOpWyd	money	NO		
dok__Dokument	dok_WartMag	money	NO		
dok__Dokument	dok_WartMagP	money	NO		
dok__Dokument	dok_WartMagR	money	NO		
dok__Dokument	dok_WartNetto	money	NO		
dok__Dokument	dok_WartVat	money	NO		
dok__Dokument	dok_WartBrutto	money	NO		
dok__Dokument	dok_KwWartosc	money	YES	(0)	
dok__Dokument	dok_KwGotowka	money	YES		
dok__Dokument	dok_KwKarta	money	YES		
dok__Dokument	dok_KwDoZaplaty	money	YES		
dok__Dokument	dok_KwKredyt	money	YES		
dok__Dokument	dok_KwReszta	money	YES		
dok__Dokument	dok_Waluta	char(3)	YES		
dok__Dokument	dok_WalutaKurs	money	NO	(1)	
dok__Dokument	dok_Uwagi	varchar(500)	NO	''	
dok__Dokument	dok_KatId	int	YES		FK -> sl_Kategoria.kat_Id
dok__Dokument	dok_Tytul	varchar(50)	NO	''	
dok__Dokument	dok_Podtytul	varchar(50)	NO	''	
dok__Dokument	dok_Status	int	NO		
dok__Dokument	dok_StatusKsieg	int	NO		
dok__Dokument	dok_StatusFiskal	int	NO		
dok__Dokument	dok_StatusBlok	bit	NO		
dok__Dokument	dok_JestTylkoDoOdczytu	bit	NO		
dok__Dokument	dok_JestRuchMag	bit	NO		
dok__Dokument	dok_JestZmianaDatyDokKas	bit	NO	(1)	
dok__Dokument	dok_JestHOP	bit	NO		
dok__Dokument	dok_JestVatNaEksport	bit	NO		
dok__Dokument	dok_JestVatAuto	bit	NO		
dok__Dokument	dok_Algorytm	int	NO		
dok__Dokument	dok_KartaId	int	YES		
dok__Dokument	dok_KredytId	int	YES		
dok__Dokument	dok_RodzajOperacjiVat	int	NO		
dok__Dokument	dok_KodRodzajuTransakcji	int	YES		
dok__Dokument	dok_StatusEx	int	YES	(0)	
dok__Dokument	dok_ObiektGT	int	YES		
dok__Dokument	dok_Rozliczony	bit	NO		
dok__Dokument	dok_RejId	int	YES		
dok__Dokument	dok_TerminRealizacji	datetime	YES		
dok__Dokument	dok_WalutaLiczbaJednostek	int	NO	(1)	
dok__Dokument	dok_WalutaRodzajKursu	int	YES		
dok__Dokument	dok_WalutaDataKursu	datetime	YES		
dok__Dokument	dok_WalutaIdBanku	int	YES		
dok__Dokument	dok_CenyLiczbaJednostek	int	NO	(1)	
dok__Dokument	dok_CenyRodzajKursu	int	YES		
dok__Dokument	dok_CenyDataKursu	datetime	YES		
dok__Dokument	dok_CenyIdBanku	int	YES		
dok__Dokument	dok_KwPrzelew	money	YES		
dok__Dokument	dok_KwGotowkaPrzedplata	money	YES		
dok__Dokument	dok_KwPrzelewPrzedplata	money	YES		
dok__Dokument	dok_DefiniowalnyId	int	YES		
dok__Dokument	dok_TransakcjaId	int	YES		
dok__Dokument	dok_TransakcjaSymbol	varchar(30)	YES		
dok__Dokument	dok_TransakcjaData	datetime	YES		
dok__Dokument	dok_PodsumaVatFSzk	int	YES		
dok__Dokument	dok_ZlecenieId	int	YES		
dok__Dokument	dok_NaliczajFundusze	bit	NO		
dok__Dokument	dok_PrzetworzonoZKwZD	bit	YES		
dok__Dokument	dok_VatMarza	bit	YES		
dok__Dokument	dok_DstNr	int	YES		
dok__Dokument	dok_DstNrRoz	char(3)	YES		
dok__Dokument	dok_DstNrPelny	varchar(30)	YES		
dok__Dokument	dok_ObslugaDokDost	int	YES		
dok__Dokument	dok_AkcyzaZwolnienieId	int	YES		
dok__Dokument	dok_ProceduraMarzy	int	NO		
dok__Dokument	dok_FakturaUproszczona	bit	NO		
dok__Dokument	dok_DataZakonczenia	datetime	YES		
dok__Dokument	dok_MetodaKasowa	bit	NO		
dok__Dokument	dok_TypNrIdentNabywcy	int	NO		
dok__Dokument	dok_NrIdentNabywcy	varchar(20)	YES		
dok__Dokument	dok_AdresDostawyId	int	YES		
dok__Dokument	dok_AdresDostawyAdreshId	int	YES		
dok__Dokument	dok_VenderoId	int	YES		
dok__Dokument	dok_VenderoSymbol	varchar(30)	YES		
dok__Dokument	dok_VenderoData	datetime	YES		
dok__Dokument	dok_SelloId	int	YES		
dok__Dokument	dok_SelloSymbol	varchar(100)	YES		
dok__Dokument	dok_SelloData	datetime	YES		
dok__Dokument	dok_TransakcjaJednolitaId	int	YES		
dok__Dokument	dok_PodpisanoElektronicznie	bit	YES		
dok__Dokument	dok_UwagiExt	varchar(3500)	NO	''	
dok__Dokument	dok_VenderoStatus	int	YES		
dok__Dokument	dok_ZaimportowanoDoEwidencjiAkcyzowej	bit	YES		
dok__Dokument	dok_TermPlatStatus	int	YES		
dok__Dokument	dok_TermPlatTransId	nvarchar(128)	YES		
dok__Dokument	dok_DokumentFiskalnyDlaPodatnikaVat	bit	NO		
dok__Dokument	dok_CesjaPlatnikOdbiorca	bit	NO		
dok__Dokument	dok_WartOplRecykl	money	NO		
dok__Dokument	dok_TermPlatIdKonfig	int	YES		
dok__Dokument	dok_TermPlatIdZadania	int	YES		
dok__Dokument	dok_PromoZenCardStatus	int	YES		
dok__Dokument	dok_NrRachunkuBankowegoPdm	int	YES		FK -> rb__RachBankowy.rb_Id
dok__Dokument	dok_SzybkaPlatnosc	bit	NO		
dok__Dokument	dok_MechanizmPodzielonejPlatnosci	bit	NO		
dok__Dokument	dok_IdSesjiKasowej	int	YES	(NULL)	FK -> sk_Sesja.sks_Id; default via HasDefaultValueSql
dok__Dokument	dok_KwKartaPrzedplata	money	YES		
dok__Dokument	dok_IdPanstwaRozpoczeciaWysylki	int	YES		FK -> sl_Panstwo.pa_Id
dok__Dokument	dok_IdPanstwaKonsumenta	int	YES		FK -> sl_Panstwo.pa_Id
dok__Dokument	dok_InformacjeDodatkowe	varchar(255)	YES		
dok__Dokument	dok_ZnacznikiGTUNaPozycji	bit	NO		
dok__Dokument	dok_TypDatyUjeciaKorekty	int	YES		
dok__Dokument	dok_DataUjeciaKorekty	datetime	YES		
dok__Dokument	dok_IdPrzyczynyZwolnieniaZVAT	int	YES		FK -> sl_ZwolnienieZVAT.slpzv_Id
dok__Dokument	dok_NumerKSeF	varchar(64)	YES		
dok__Dokument	dok_DataNumeruKSeF	datetime	YES		
dok__Dokument	dok_DoNumerKSeF	varchar(64)	YES		
dok__Dokument	dok_KodRodzajuTransportu	int	YES		FK -> sl_KodRodzajuTransportuEDD.slkrt_Id
dok__Dokument	dok_DodatkoweInfoRodzajuTransportu	varchar(350)	NO	''	
dok__Dokument	dok_CzasWysylkiTransportu	varchar(8)	NO	''	
dok__Dokument	dok_CzasPrzewozuTransportu	varchar(3)	NO	''	
dok__Dokument	dok_StatusKSeF	int	NO		
dok__Dokument	dok_KorektaDanychNabywcy	bit	NO		
dok__Dokument	dok_SesjaKSeF	varchar(64)	YES		
dok__Dokument	dok_IdPrzetwarzaniaKSeF	varchar(64)	YES		
dok__Dokument	dok_SrodowiskoKSeF	int	YES		
dok__Dokument	dok_BladKSeF	varchar(max)	YES		
dok__Dokument	dok_DataRozpoczeciaPrzetwarzaniaKSeF	datetime	YES		
dok__Dokument	dok_WegielNumerOswiadczenia	varchar(50)	YES		
dok__Dokument	dok_XmlHashKSeF	varchar(64)	YES		
dok__Dokument	dok_TermPlatTerminalId	nvarchar(20)	YES		
dok__Dokument	dok_FiskalizacjaNumer	nvarchar(30)	YES		
dok__Dokument	dok_FiskalizacjaData	datetime	YES		
dok__Dokument	dok_FiskalizacjaIdUrzadzenia	nvarchar(20)	YES		
dok__Dokument	dok_SesjaKSeFId	int	YES		FK -> ksef_Sesja.ksefs_Id
dok__Dokument	dok_DataWystawieniaKSeF	datetime	YES		
dok__Dokument	dok_FormaDokumentowania	int	NO		
dok__Dokument	dok_CzekaNaKSeF	bit	NO		
dok__Dokument	dok_VatRozliczanyPrzezUslugobiorce	bit	NO		
dok__Dokument	dok_PodlegaOplSpec	bit	NO	(1)	
dok__Dokument	dok_DataNumeruKSeFOryg	varchar(100)	YES		
dok_Pozycja	ob_Id	int	NO		PK; not identity (ValueGeneratedNever)
dok_Pozycja	ob_DoId	int	YES		FK -> dok_Pozycja.ob_Id
dok_Pozycja	ob_Znak	smallint	NO	(1)	
dok_Pozycja	ob_Status	int	YES		
dok_Pozycja	ob_DokHanId	int	YES		FK -> dok__Dokument.dok_Id
dok_Pozycja	ob_DokMagId	int	YES		FK -> dok__Dokument.dok_Id
dok_Pozycja	ob_TowId	int	YES		FK -> tw__Towar.tw_Id
dok_Pozycja	ob_TowRodzaj	int	NO	(1)	
dok_Pozycja	ob_Opis	varchar(255)	YES		
dok_Pozycja	ob_DokHanLp	int	YES		
dok_Pozycja	ob_DokMagLp	int	YES		
dok_Pozycja	ob_Ilosc	money	NO		
dok_Pozycja	ob_IloscMag	money	NO		
dok_Pozycja	ob_Jm	varchar(10)	YES		
dok_Pozycja	ob_CenaMag	money	NO		
dok_Pozycja	ob_CenaWaluta	money	NO		
dok_Pozycja	ob_CenaNetto	money	NO		
dok_Pozycja	ob_CenaBrutto	money	NO		
dok_Pozycja	ob_Rabat	money	NO		
dok_Pozycja	ob_WartMag	money	NO		
dok_Pozycja	ob_WartNetto	money	NO		
dok_Pozycja	ob_WartVat	money	NO		
dok_Pozycja	ob_WartBrutto	money	NO		
dok_Pozycja	ob_VatId	int	YES		
dok_Pozycja	ob_VatProc	money	NO		
dok_Pozycja	ob_Termin	datetime	YES		
dok_Pozycja	ob_MagId	int	YES		
dok_Pozycja	ob_NumerSeryjny	varchar(40)	YES	''	
dok_Pozycja	ob_KategoriaId	int	YES		
dok_Pozycja	ob_Akcyza	bit	YES		
dok_Pozycja	ob_AkcyzaKwota	money	YES		
dok_Pozycja	ob_AkcyzaWartosc	money	YES		
dok_Pozycja	ob_CenaNabycia	money	YES		
dok_Pozycja	ob_WartNabycia	money	YES		
dok_Pozycja	ob_PrzyczynaKorektyId	int	YES		
dok_Pozycja	ob_CenaPobranaZCennika	int	YES		
dok_Pozycja	ob_TowPkwiu	varchar(20)	YES	''	
dok_Pozycja	ob_TowKodCN	varchar(10)	YES		
dok_Pozycja	ob_SyncId	varchar(255)	YES		
dok_Pozycja	ob_OplCukrowaPodlega	bit	YES	(0)	
dok_Pozycja	ob_OplCukrowaObj	money	YES		
dok_Pozycja	ob_OplCukrowaKwCukier	money	YES		
dok_Pozycja	ob_OplCukrowaKwKofeina	money	YES		
dok_Pozycja	ob_OplCukrowaKwSuma	money	YES		
dok_Pozycja	ob_OplCukrowaWartCukier	money	YES		
dok_Pozycja	ob_OplCukrowaWartKofeina	money	YES		
dok_Pozycja	ob_OplCukrowaWartSuma	money	YES		
dok_Pozycja	ob_OplCukrowaKwCukierEx	money	YES		
dok_Pozycja	ob_OplCukrowaParametry	int	YES		
dok_Pozycja	ob_OplCukrowaCukierZawartoscEx	money	YES		
dok_Pozycja	ob_OznaczenieGTU	int	YES		
dok_Pozycja	ob_KsefUUID	varchar(50)	YES		
dok_Pozycja	ob_WegielOpisPochodzenia	varchar(255)	NO	''	
dok_Pozycja	ob_WegielDataWprowadzeniaLubNabycia	varchar(255)	NO	''	
dok_Vat	vt_Id	int	NO		PK; not identity (ValueGeneratedNever)
dok_Vat	vt_DokId	int	NO		FK -> dok__Dokument.dok_Id
dok_Vat	vt_VatId	int	NO		FK -> sl_StawkaVAT.vat_Id
dok_Vat	vt_VatProc	money	NO		
dok_Vat	vt_WartNetto	money	NO		
dok_Vat	vt_WartVat	money	NO		
dok_Vat	vt_WartBrutto	money	NO		
dok_MagRuch	mr_Id	int	NO		PK; not identity (ValueGeneratedNever)
dok_MagRuch	mr_DoId	int	YES		
dok_MagRuch	mr_SeriaId	int	NO		
dok_MagRuch	mr_PozId	int	NO		FK -> dok_Pozycja.ob_Id
dok_MagRuch	mr_TowId	int	NO		
dok_MagRuch	mr_MagId	int	YES		
dok_MagRuch	mr_Data	datetime	NO		
dok_MagRuch	mr_Ilosc	money	NO		
dok_MagRuch	mr_Pozostalo	money	NO		
dok_MagRuch	mr_Cena	money	NO		
dok_MagRuch	mr_Termin	datetime	YES		
dok_MagWart	mw_SeriaId	int	NO		
dok_MagWart	mw_PozId	int	NO		FK -> dok_Pozycja.ob_Id
dok_MagWart	mw_Data	datetime	NO		
dok_MagWart	mw_Cena	money	NO		
dok_MagDysp	md_Id	int	NO		PK part 1/2; FK -> dok_MagRuch.mr_Id
dok_MagDysp	md_PozId	int	NO		PK part 2/2
dok_MagDysp	md_spid	int	NO		
dok_MagDysp	md_Ilosc	money	NO		
dok_MagDysp	md_Czas	datetime	NO		
dok_MagDysp	md_DoId	int	YES		
dok_MagDysp	md_DoIlosc	money	NO		
kh__Kontrahent	kh_Id	int	NO		PK; not identity (ValueGeneratedNever)
kh__Kontrahent	kh_Symbol	varchar(20)	NO		
kh__Kontrahent	kh_Rodzaj	int	NO		
kh__Kontrahent	kh_REGON	varchar(20)	NO	''	
kh__Kontrahent	kh_IdOdbiorca	int	YES		FK -> kh__Kontrahent.kh_Id
kh__Kontrahent	kh_Kontakt	varchar(60)	NO	''	
kh__Kontrahent	kh_PESEL	varchar(11)	NO	''	
kh__Kontrahent	kh_NrDowodu	varchar(20)	NO	''	
kh__Kontrahent	kh_DataWyd	datetime	YES		
kh__Kontrahent	kh_OrganWyd	varchar(255)	NO	''	
kh__Kontrahent	kh_CentrumAut	bit	NO		
kh__Kontrahent	kh_InstKredytowa	bit	NO		
kh__Kontrahent	kh_PrefKontakt	varchar(50)	NO	''	
kh__Kontrahent	kh_WWW	varchar(255)	NO	''	
kh__Kontrahent	kh_EMail	varchar(255)	NO	''	
kh__Kontrahent	kh_IdGrupa	int	YES		FK -> sl_GrupaKh.grk_Id
kh__Kontrahent	kh_IdFormaP	int	YES		FK -> sl_FormaPlatnosci.fp_Id
kh__Kontrahent	kh_Cena	int	YES		
kh__Kontrahent	kh_PlatOdroczone	bit	NO		
kh__Kontrahent	kh_OdbDet	bit	NO		
kh__Kontrahent	kh_IdRabat	int	YES		FK -> sl_Rabat.rt_id
kh__Kontrahent	kh_MaxDokKred	int	NO		
kh__Kontrahent	kh_MaxWartDokKred	money	NO	((0.00))	default via HasDefaultValueSql
kh__Kontrahent	kh_MaxWartKred	money	NO	((0.00))	default via HasDefaultValueSql
kh__Kontrahent	kh_MaxDniSp	int	NO		
kh__Kontrahent	kh_NrAnalitykaD	varchar(5)	NO	''	
kh__Kontrahent	kh_NrAnalitykaO	varchar(5)	NO	''	
kh__Kontrahent	kh_Uwagi	varchar(255)	NO	''	
kh__Kontrahent	kh_ZgodaDO	bit	NO		
kh__Kontrahent	kh_IdOsobaDO	int	YES		
kh__Kontrahent	kh_ZgodaMark	bit	NO		
kh__Kontrahent	kh_ZgodaEMail	bit	NO		
kh__Kontrahent	kh_CzyKomunikat	bit	NO		
kh__Kontrahent	kh_Komunikat	varchar(255)	NO	''	
kh__Kontrahent	kh_KomunikatZawsze	bit	NO	(1)	
kh__Kontrahent	kh_KomunikatOd	datetime	YES		
kh__Kontrahent	kh_Grafika	image	YES		
kh__Kontrahent	kh_Pole1	varchar(50)	NO	''	
kh__Kontrahent	kh_Pole2	varchar(50)	NO	''	
kh__Kontrahent	kh_Pole3	varchar(50)	NO	''	
kh__Kontrahent	kh_Pole4	varchar(50)	NO	''	
kh__Kontrahent	kh_Pole5	varchar(50)	NO	''	
kh__Kontrahent	kh_Pole6	varchar(50)	NO	''	
kh__Kontrahent	kh_Pole7	varchar(50)	NO	''	
kh__Kontrahent	kh_Pole8	varchar(50)	NO	''	
kh__Kontrahent	kh_Jednorazowy	bit	NO		
kh__Kontrahent	kh_Pracownik	varchar(60)	NO	''	
kh__Kontrahent	kh_Zablokowany	bit	NO		
kh__Kontrahent	kh_AdresKoresp	bit	NO		
kh__Kontrahent	kh_UpowaznienieVAT	bit	NO		
kh__Kontrahent	kh_DataVAT	datetime	YES		
kh__Kontrahent	kh_OsobaVAT	int	YES		
kh__Kontrahent	kh_ProcKarta	money	NO		
kh__Kontrahent	kh_ProcKredyt	money	NO		
kh__Kontrahent	kh_ProcGotowka	money	NO		
kh__Kontrahent	kh_ProcPozostalo	money	NO		
kh__Kontrahent	kh_IdKategoriaKH	int	YES		FK -> sl_Kategoria.kat_Id
kh__Kontrahent	kh_IdEwVATSp	int	YES		FK -> sl_TypEwidVAT.te_Id
kh__Kontrahent	kh_EwVATSpMcOdliczenia	int	NO		
kh__Kontrahent	kh_IdEwVATSpKateg	int	YES		FK -> sl_Kategoria.kat_Id
kh__Kontrahent	kh_IdEwVATZak	int	YES		FK -> sl_TypEwidVAT.te_Id
kh__Kontrahent	kh_EwVATZakRodzaj	int	NO	(2)	
kh__Kontrahent	kh_EwVATZakSposobOdliczenia	int	NO		
kh__Kontrahent	kh_EwVATZakMcOdliczenia	int	NO		
kh__Kontrahent	kh_IdEwVATZakKateg	int	YES		FK -> sl_Kategoria.kat_Id
kh__Kontrahent	kh_IdRachKategPrzychod	int	YES		FK -> sl_Kategoria.kat_Id
kh__Kontrahent	kh_IdRachKategRozchod	int	YES		FK -> sl_Kategoria.kat_Id
kh__Kontrahent	kh_TransakcjaVATSp	int	NO		
kh__Kontrahent	kh_TransakcjaVATZak	int	NO		
kh__Kontrahent	kh_PodVATZarejestrowanyWUE	bit	NO		
kh__Kontrahent	kh_DataWaznosciVAT	datetime	YES		
kh__Kontrahent	kh_OpisOperacji	varchar(255)	NO	''	
kh__Kontrahent	kh_PlatPrzelew	bit	NO		
kh__Kontrahent	kh_GaduGadu	varchar(20)	NO	''	
kh__Kontrahent	kh_Skype	varchar(255)	NO	''	
kh__Kontrahent	kh_Powitanie	varchar(255)	NO	''	
kh__Kontrahent	kh_AdresDostawy	bit	NO		
kh__Kontrahent	kh_IdRodzajKontaktu	int	YES		FK -> sl_RodzajKontaktu.rk_Id
kh__Kontrahent	kh_IdPozyskany	int	YES		FK -> sl_CrmZrodloPozyskania.zpo_Id
kh__Kontrahent	kh_IdBranza	int	YES		FK -> sl_CrmBranza.bra_Id
kh__Kontrahent	kh_IdRegion	int	YES		FK -> sl_CrmRegion.reg_Id
kh__Kontrahent	kh_LiczbaPrac	int	YES		
kh__Kontrahent	kh_IdOpiekun	int	YES		FK -> pd_Uzytkownik.uz_Id
kh__Kontrahent	kh_Imie	varchar(20)	NO	''	
kh__Kontrahent	kh_Nazwisko	varchar(51)	NO	''	
kh__Kontrahent	kh_CRM	bit	NO		
kh__Kontrahent	kh_Potencjalny	bit	NO		
kh__Kontrahent	kh_IdDodal	int	YES		
kh__Kontrahent	kh_IdZmienil	int	YES		
kh__Kontrahent	kh_DataDodania	datetime	YES		
kh__Kontrahent	kh_DataZmiany	datetime	YES		
kh__Kontrahent	kh_ProcPrzelew	money	NO		
kh__Kontrahent	kh_DataOkolicznosciowa	datetime	YES		
kh__Kontrahent	kh_Osoba	bit	NO		
kh__Kontrahent	kh_IdRachunkuWirtualnego	int	YES		FK -> rb_RachBankowyWirtualny.rbw_Id
kh__Kontrahent	kh_KRS	varchar(255)	YES		
kh__Kontrahent	kh_Domena	varchar(50)	YES	''	
kh__Kontrahent	kh_Akcyza	int	NO	(1)	
kh__Kontrahent	kh_EFakturyZgoda	bit	NO		
kh__Kontrahent	kh_EFakturyData	datetime	YES		
kh__Kontrahent	kh_MetodaKasowa	bit	NO		
kh__Kontrahent	kh_Lokalizacja	nvarchar(256)	YES		
kh__Kontrahent	kh_StatusAkcyza	int	NO		
kh__Kontrahent	kh_CzynnyPodatnikVAT	bit	NO		
kh__Kontrahent	kh_KorygowanieKUP	bit	YES		
kh__Kontrahent	kh_KorygowanieVATSp	bit	YES		
kh__Kontrahent	kh_KorygowanieVATZak	bit	YES		
kh__Kontrahent	kh_WzwIdFS	int	NO		
kh__Kontrahent	kh_WzwIdWZ	int	NO		
kh__Kontrahent	kh_WzwIdWZVAT	int	NO		
kh__Kontrahent	kh_WzwIdZK	int	NO		
kh__Kontrahent	kh_WzwIdZKZAL	int	NO		
kh__Kontrahent	kh_ZgodaNewsletterVendero	bit	NO		
kh__Kontrahent	kh_KlientSklepuInternetowego	bit	NO		
kh__Kontrahent	kh_WzwIdZD	int	NO		
kh__Kontrahent	kh_WzwIdCrmTransakcja	int	NO		
kh__Kontrahent	kh_StawkaVATPrzychod	int	YES		
kh__Kontrahent	kh_StawkaVATWydatek	int	YES		
kh__Kontrahent	kh_MalyPojazd	int	YES		
kh__Kontrahent	kh_StosujRabatWMultistore	bit	NO		
kh__Kontrahent	kh_CelZakupu	int	NO		
kh__Kontrahent	kh_StosujIndywidualnyCennikWSklepieInternetowym	bit	NO		
kh__Kontrahent	kh_OdbiorcaCesjaPlatnosci	bit	NO		
kh__Kontrahent	kh_IdNabywca	int	YES		FK -> kh__Kontrahent.kh_Id
kh__Kontrahent	kh_IdOstatniWpisWeryfikacjiStatusuVAT	int	YES		FK -> kh_WeryfikacjaNIP.khwn_Id
kh__Kontrahent	kh_BrakPPDlaRozrachunkowAuto	bit	NO		
kh__Kontrahent	kh_DomyslnaWaluta	char(3)	YES		FK -> sl_Waluta.wl_Symbol
kh__Kontrahent	kh_DomyslnyTypCeny	int	YES		
kh__Kontrahent	kh_DomyslnaTransVATSprzedaz	int	YES		
kh__Kontrahent	kh_DomyslnaTransVATSprzedazFW	int	YES		
kh__Kontrahent	kh_DomyslnaTransVATZakup	int	YES		
kh__Kontrahent	kh_DomyslnaTransVATZakupFW	int	YES		
kh__Kontrahent	kh_DomyslnyRachBankowyId	int	YES		FK -> rb__RachBankowy.rb_Id
kh__Kontrahent	kh_IdOstatniWpisWeryfikacjiStatusuVIES	int	YES		FK -> kh_Vies.khv_Id
kh__Kontrahent	kh_DomyslnaWalutaMode	bit	YES		
kh__Kontrahent	kh_DomyslnyRachBankowyIdMode	bit	YES		
kh__Kontrahent	kh_PrzypadekSzczegolnyPIT	int	YES		
kh__Kontrahent	kh_WartoscNettoCzyBrutto	int	YES		
kh__Kontrahent	kh_StosujSzybkaPlatnosc	bit	NO	(1)	
kh__Kontrahent	kh_IdOstatniWpisWeryfikacjiWykazPodatnikowVAT	int	YES		
kh__Kontrahent	kh_OstrzezenieTerminPlatnosciPrzekroczony	int	NO		
kh__Kontrahent	kh_PodatekCukrowyNaliczaj	int	NO		
kh__Kontrahent	kh_NrAkcyzowy	varchar(13)	YES		
kh__Kontrahent	kh_WzwIdKFS	int	NO		
kh__Kontrahent	kh_KsefEksportObslugaPolaDodatkoweInformacje	int	YES		
kh__Kontrahent	kh_KsefImportObslugaPolaDodatkoweInformacje	int	YES		
kh__Kontrahent	kh_KsefMagazynDlaEFaktur	int	YES		
kh__Kontrahent	kh_KsefDodatkoweInfoPoprzedzEtykietaPola	bit	NO		
kh__Kontrahent	kh_KsefPoleDodatkoweInformacjeEksportSql	text	YES		
kh__Kontrahent	kh_KsefPoleDodatkoweInformacjeEksportNaPodstSql	bit	NO		
kh__Kontrahent	kh_DomyslnaFormaDokumentowaniaSprzedaz	int	YES		
kh__Kontrahent	kh_KsefDomyslnyEtapPrzetwarzania	int	YES		
kh__Kontrahent	kh_VatRozliczanyPrzezUslugobiorce	bit	NO		
kh__Kontrahent	kh_VatRozliczanyPrzezUslugobiorceFW	bit	NO		
kh__Kontrahent	kh_ProducentRolny	bit	NO		
kh__Kontrahent	kh_NaliczajOplSpec	bit	NO	(1)	
adr__Ewid	adr_Id	int	NO		PK; not identity (ValueGeneratedNever)
adr__Ewid	adr_IdObiektu	int	NO		
adr__Ewid	adr_TypAdresu	int	NO		
adr__Ewid	adr_Nazwa	varchar(53)	NO	''	
adr__Ewid	adr_NazwaPelna	varchar(255)	NO	''	
adr__Ewid	adr_Telefon	varchar(35)	NO	''	
adr__Ewid	adr_Faks	varchar(35)	NO	''	
adr__Ewid	adr_Ulica	varchar(60)	NO	''	
adr__Ewid	adr_NrDomu	varchar(10)	NO	''	
adr__Ewid	adr_NrLokalu	varchar(10)	NO	''	
adr__Ewid	adr_Adres	varchar(82)	NO		computed: (case when [adr_NrLokalu]<>'' then ((([adr_Ulica]+' ')+[adr_NrDomu])+'/')+[adr_NrLokalu] else ([adr_Ulica]+' ')+[adr_NrDomu] end) (not persisted; type shown is the model mapping)
adr__Ewid	adr_Kod	varchar(8)	NO	''	
adr__Ewid	adr_Miejscowosc	varchar(40)	NO	''	
adr__Ewid	adr_IdWojewodztwo	int	YES		FK -> sl_Wojewodztwo.woj_Id
adr__Ewid	adr_IdPanstwo	int	YES		FK -> sl_Panstwo.pa_Id
adr__Ewid	adr_NIP	varchar(20)	NO	''	
adr__Ewid	adr_Poczta	varchar(40)	NO	''	
adr__Ewid	adr_Gmina	varchar(40)	NO	''	
adr__Ewid	adr_Powiat	varchar(40)	NO	''	
adr__Ewid	adr_Skrytka	varchar(10)	NO	''	
adr__Ewid	adr_Symbol	varchar(20)	NO	''	
adr__Ewid	adr_IdGminy	int	YES		
adr__Ewid	adr_IdWersja	int	YES		
adr__Ewid	adr_IdZmienil	int	YES		
adr__Ewid	adr_DataZmiany	datetime	YES		
adr__Ewid	adr_NrUrzeduSkarbowego	varchar(8)	YES		
adr__Ewid	adr_NrEORI	varchar(17)	NO	''	
adr_Historia	adrh_Id	int	NO		PK; not identity (ValueGeneratedNever)
adr_Historia	adrh_IdAdresu	int	NO		FK -> adr__Ewid.adr_Id
adr_Historia	adrh_Nazwa	varchar(53)	NO	''	
adr_Historia	adrh_NazwaPelna	varchar(255)	NO		
adr_Historia	adrh_Telefon	varchar(35)	NO	''	
adr_Historia	adrh_Faks	varchar(35)	NO	''	
adr_Historia	adrh_Ulica	varchar(60)	NO	''	
adr_Historia	adrh_NrDomu	varchar(10)	NO	''	
adr_Historia	adrh_NrLokalu	varchar(10)	NO	''	
adr_Historia	adrh_Adres	varchar(82)	NO	''	
adr_Historia	adrh_Kod	varchar(8)	NO	''	
adr_Historia	adrh_Miejscowosc	varchar(40)	NO	''	
adr_Historia	adrh_IdWojewodztwo	int	YES		
adr_Historia	adrh_IdPanstwo	int	YES	(1)	
adr_Historia	adrh_NIP	varchar(20)	NO	''	
adr_Historia	adrh_Poczta	varchar(40)	NO	''	
adr_Historia	adrh_Gmina	varchar(40)	NO	''	
adr_Historia	adrh_Powiat	varchar(40)	NO	''	
adr_Historia	adrh_Skrytka	varchar(10)	NO	''	
adr_Historia	adrh_Symbol	varchar(20)	NO	''	
adr_Historia	adrh_IdGminy	int	YES		
adr_Historia	adrh_IdWersja	int	YES		
adr_Historia	adrh_IdZmienil	int	YES		
adr_Historia	adrh_DataZmiany	datetime	YES		
adr_Historia	adrh_NrUrzeduSkarbowego	varchar(8)	YES		
adr_Historia	adrh_NrEORI	varchar(17)	NO	''	
adr_Email	am_Id	int	NO		PK; not identity (ValueGeneratedNever)
adr_Email	am_IdAdres	int	NO		FK -> adr__Ewid.adr_Id
adr_Email	am_Email	varchar(100)	NO	''	
adr_Email	am_Rodzaj	int	NO	(1)	
adr_Email	am_Podstawowy	bit	NO		
tel__Ewid	tel_Id	int	NO		PK; not identity (ValueGeneratedNever)
tel__Ewid	tel_IdAdresu	int	NO		FK -> adr__Ewid.adr_Id
tel__Ewid	tel_Faks	bit	NO		
tel__Ewid	tel_Rodzaj	int	NO	(1)	
tel__Ewid	tel_Nazwa	varchar(50)	NO	''	
tel__Ewid	tel_Numer	varchar(35)	NO		
tel__Ewid	tel_Podstawowy	bit	NO		
tel__Ewid	tel_SMS	bit	NO		
tw__Towar	tw_Id	int	NO		PK; not identity (ValueGeneratedNever)
tw__Towar	tw_Zablokowany	bit	NO		
tw__Towar	tw_Rodzaj	int	NO	(1)	
tw__Towar	tw_Symbol	varchar(20)	NO	''	
tw__Towar	tw_Nazwa	varchar(50)	NO	''	
tw__Towar	tw_Opis	varchar(255)	NO	''	
tw__Towar	tw_IdVatSp	int	YES		FK -> sl_StawkaVAT.vat_Id
tw__Towar	tw_IdVatZak	int	YES		FK -> sl_StawkaVAT.vat_Id
tw__Towar	tw_JakPrzySp	bit	NO	(1)	
tw__Towar	tw_JednMiary	varchar(10)	NO	''	
tw__Towar	tw_PKWiU	varchar(20)	NO	''	
tw__Towar	tw_SWW	varchar(20)	NO	''	
tw__Towar	tw_IdRabat	int	YES		FK -> sl_Rabat.rt_id
tw__Towar	tw_IdOpakowanie	int	YES		FK -> tw__Towar.tw_Id
tw__Towar	tw_PrzezWartosc	bit	NO	(1)	
tw__Towar	tw_IdPodstDostawca	int	YES		FK -> kh__Kontrahent.kh_Id
tw__Towar	tw_DostSymbol	varchar(20)	NO	''	
tw__Towar	tw_CzasDostawy	int	YES		
tw__Towar	tw_UrzNazwa	varchar(50)	NO	''	
tw__Towar	tw_PLU	int	YES		
tw__Towar	tw_PodstKodKresk	varchar(20)	NO	''	
tw__Towar	tw_IdTypKodu	int	YES		
tw__Towar	tw_CenaOtwarta	bit	NO		
tw__Towar	tw_WagaEtykiet	bit	YES	(0)	
tw__Towar	tw_KontrolaTW	bit	NO		
tw__Towar	tw_StanMin	money	YES		
tw__Towar	tw_JednStanMin	varchar(10)	YES	''	
tw__Towar	tw_DniWaznosc	int	YES		
tw__Towar	tw_IdGrupa	int	YES		FK -> sl_GrupaTw.grt_Id
tw__Towar	tw_WWW	varchar(255)	NO	''	
tw__Towar	tw_SklepInternet	bit	NO		
tw__Towar	tw_Pole1	varchar(50)	NO	''	
tw__Towar	tw_Pole2	varchar(50)	NO	''	
tw__Towar	tw_Pole3	varchar(50)	NO	''	
tw__Towar	tw_Pole4	varchar(50)	NO	''	
tw__Towar	tw_Pole5	varchar(50)	NO	''	
tw__Towar	tw_Pole6	varchar(50)	NO	''	
tw__Towar	tw_Pole7	varchar(50)	NO	''	
tw__Towar	tw_Pole8	varchar(50)	NO	''	
tw__Towar	tw_Uwagi	varchar(255)	NO	''	
tw__Towar	tw_Logo	binary(50)	YES		
tw__Towar	tw_Usuniety	bit	NO		
tw__Towar	tw_Objetosc	money	YES		
tw__Towar	tw_Masa	money	YES		
tw__Towar	tw_Charakter	text	YES		
tw__Towar	tw_JednMiaryZak	varchar(10)	NO	''	
tw__Towar	tw_JMZakInna	bit	NO		
tw__Towar	tw_KodTowaru	varchar(20)	YES		
tw__Towar	tw_IdKrajuPochodzenia	int	YES		FK -> sl_KrajPochodzenia.krp_Id
tw__Towar	tw_IdUJM	int	YES		
tw__Towar	tw_JednMiarySprz	varchar(10)	NO	''	
tw__Towar	tw_JMSprzInna	bit	NO		
tw__Towar	tw_SerwisAukcyjny	bit	NO		
tw__Towar	tw_IdProducenta	int	YES		FK -> kh__Kontrahent.kh_Id
tw__Towar	tw_SprzedazMobilna	bit	NO		
tw__Towar	tw_IsFundPromocji	bit	YES		
tw__Towar	tw_IdFundPromocji	int	YES		
tw__Towar	tw_DomyslnaKategoria	int	YES		
tw__Towar	tw_Wysokosc	money	YES		
tw__Towar	tw_Szerokosc	money	YES		
tw__Towar	tw_Glebokosc	money	YES		
tw__Towar	tw_StanMaks	money	YES		
tw__Towar	tw_Akcyza	bit	NO		
tw__Towar	tw_AkcyzaZaznacz	bit	NO		
tw__Towar	tw_AkcyzaKwota	money	YES		
tw__Towar	tw_ObrotMarza	bit	NO		
tw__Towar	tw_OdwrotneObciazenie	bit	NO		
tw__Towar	tw_ProgKwotowyOO	int	NO		
tw__Towar	tw_DodawalnyDoZW	bit	NO		
tw__Towar	tw_isbn	varchar(255)	YES		
tw__Towar	tw_bloz_7	varchar(255)	YES		
tw__Towar	tw_bloz_12	varchar(255)	YES		
tw__Towar	tw_KodUProducenta	varchar(255)	YES		
tw__Towar	tw_Komunikat	varchar(255)	YES		
tw__Towar	tw_KomunikatOd	datetime	YES		
tw__Towar	tw_KomunikatDokumenty	int	NO	(3)	
tw__Towar	tw_MechanizmPodzielonejPlatnosci	bit	NO		
tw__Towar	tw_GrupaJpkVat	int	NO	(-1)	
tw__Towar	tw_OplCukrowaPodlega	bit	NO		
tw__Towar	tw_OplCukrowaObj	money	YES		
tw__Towar	tw_OplCukrowaZawartoscCukru	money	YES		
tw__Towar	tw_OplCukrowaInneSlodzace	bit	NO		
tw__Towar	tw_OplCukrowaSok	bit	NO		
tw__Towar	tw_OplCukrowaKwota	money	YES		
tw__Towar	tw_OplCukrowaKofeinaPodlega	bit	NO		
tw__Towar	tw_OplCukrowaKofeinaKwota	money	YES		
tw__Towar	tw_OplCukrowaNapojWeglElektr	bit	NO		
tw__Towar	tw_OplCukrowaKwotaPowyzej	money	YES		
tw__Towar	tw_MasaNetto	money	YES		
tw__Towar	tw_IdKoduWyrobuAkcyzowego	int	YES		FK -> sl_KodWyrobuAkcyzowego.slkwa_Id
tw__Towar	tw_AkcyzaMarkaWyrobow	varchar(350)	NO	''	
tw__Towar	tw_AkcyzaWielkoscProducenta	varchar(15)	NO	''	
tw__Towar	tw_ZnakiAkcyzy	int	YES		
tw__Towar	tw_DataZmianyVatSprzedazy	datetime	YES		
tw__Towar	tw_WegielPodlegaOswiadczeniu	bit	NO		
tw__Towar	tw_WegielOpisPochodzenia	varchar(255)	NO	''	
tw__Towar	tw_PodlegaOplacieNaFunduszOchronyRolnictwa	bit	NO		
tw_Cena	tc_Id	int	NO		PK; not identity (ValueGeneratedNever)
tw_Cena	tc_IdTowar	int	NO		FK -> tw__Towar.tw_Id
tw_Cena	tc_CenaNetto0	money	YES		
tw_Cena	tc_CenaBrutto0	money	YES		
tw_Cena	tc_WalutaId	char(3)	YES		
tw_Cena	tc_IdWalutaKurs	int	YES		
tw_Cena	tc_WalutaKurs	money	YES		
tw_Cena	tc_CenaNettoWaluta	money	YES		
tw_Cena	tc_CenaNettoWaluta2	money	YES		
tw_Cena	tc_CenaWalutaNarzut	money	YES		
tw_Cena	tc_WalutaJedn	varchar(10)	NO	''	
tw_Cena	tc_PodstawaKC	int	YES	(0)	
tw_Cena	tc_CenaNetto1	money	YES		
tw_Cena	tc_CenaNetto2	money	YES		
tw_Cena	tc_CenaNetto3	money	YES		
tw_Cena	tc_CenaNetto4	money	YES		
tw_Cena	tc_CenaNetto5	money	YES		
tw_Cena	tc_CenaNetto6	money	YES		
tw_Cena	tc_CenaNetto7	money	YES		
tw_Cena	tc_CenaNetto8	money	YES		
tw_Cena	tc_CenaNetto9	money	YES		
tw_Cena	tc_CenaNetto10	money	YES		
tw_Cena	tc_CenaBrutto1	money	YES		
tw_Cena	tc_CenaBrutto2	money	YES		
tw_Cena	tc_CenaBrutto3	money	YES		
tw_Cena	tc_CenaBrutto4	money	YES		
tw_Cena	tc_CenaBrutto5	money	YES		
tw_Cena	tc_CenaBrutto6	money	YES		
tw_Cena	tc_CenaBrutto7	money	YES		
tw_Cena	tc_CenaBrutto8	money	YES		
tw_Cena	tc_CenaBrutto9	money	YES		
tw_Cena	tc_CenaBrutto10	money	YES		
tw_Cena	tc_Zysk1	money	YES		
tw_Cena	tc_Zysk2	money	YES		
tw_Cena	tc_Zysk3	money	YES		
tw_Cena	tc_Zysk4	money	YES		
tw_Cena	tc_Zysk5	money	YES		
tw_Cena	tc_Zysk6	money	YES		
tw_Cena	tc_Zysk7	money	YES		
tw_Cena	tc_Zysk8	money	YES		
tw_Cena	tc_Zysk9	money	YES		
tw_Cena	tc_Zysk10	money	YES		
tw_Cena	tc_Narzut1	money	YES		
tw_Cena	tc_Narzut2	money	YES		
tw_Cena	tc_Narzut3	money	YES		
tw_Cena	tc_Narzut4	money	YES		
tw_Cena	tc_Narzut5	money	YES		
tw_Cena	tc_Narzut6	money	YES		
tw_Cena	tc_Narzut7	money	YES		
tw_Cena	tc_Narzut8	money	YES		
tw_Cena	tc_Narzut9	money	YES		
tw_Cena	tc_Narzut10	money	YES		
tw_Cena	tc_Marza1	money	YES		
tw_Cena	tc_Marza2	money	YES		
tw_Cena	tc_Marza3	money	YES		
tw_Cena	tc_Marza4	money	YES		
tw_Cena	tc_Marza5	money	YES		
tw_Cena	tc_Marza6	money	YES		
tw_Cena	tc_Marza7	money	YES		
tw_Cena	tc_Marza8	money	YES		
tw_Cena	tc_Marza9	money	YES		
tw_Cena	tc_Marza10	money	YES		
tw_Cena	tc_IdWaluta0	char(3)	NO	'PLN'	
tw_Cena	tc_IdWaluta1	char(3)	NO	'PLN'	
tw_Cena	tc_IdWaluta2	char(3)	NO	'PLN'	
tw_Cena	tc_IdWaluta3	char(3)	NO	'PLN'	
tw_Cena	tc_IdWaluta4	char(3)	NO	'PLN'	
tw_Cena	tc_IdWaluta5	char(3)	NO	'PLN'	
tw_Cena	tc_IdWaluta6	char(3)	NO	'PLN'	
tw_Cena	tc_IdWaluta7	char(3)	NO	'PLN'	
tw_Cena	tc_IdWaluta8	char(3)	NO	'PLN'	
tw_Cena	tc_IdWaluta9	char(3)	NO	'PLN'	
tw_Cena	tc_IdWaluta10	char(3)	NO	'PLN'	
tw_Cena	tc_KursWaluty1	int	YES		
tw_Cena	tc_KursWaluty2	int	YES		
tw_Cena	tc_KursWaluty3	int	YES		
tw_Cena	tc_KursWaluty4	int	YES		
tw_Cena	tc_KursWaluty5	int	YES		
tw_Cena	tc_KursWaluty6	int	YES		
tw_Cena	tc_KursWaluty7	int	YES		
tw_Cena	tc_KursWaluty8	int	YES		
tw_Cena	tc_KursWaluty9	int	YES		
tw_Cena	tc_KursWaluty10	int	YES		
tw_Cena	tc_DataKursuWaluty	datetime	YES		
tw_Cena	tc_BankKursuWaluty	int	YES		
tw_Stan	st_TowId	int	NO		PK part 1/2; FK -> tw__Towar.tw_Id
tw_Stan	st_MagId	int	NO		PK part 2/2; FK -> sl_Magazyn.mag_Id
tw_Stan	st_Stan	money	NO		
tw_Stan	st_StanMin	money	NO		
tw_Stan	st_StanRez	money	NO		
tw_Stan	st_StanMax	money	NO		
tw_JednMiary	jm_Id	int	NO		PK; not identity (ValueGeneratedNever)
tw_JednMiary	jm_IdTowar	int	NO		FK -> tw__Towar.tw_Id
tw_JednMiary	jm_IdJednMiary	varchar(10)	NO	''	
tw_JednMiary	jm_Przelicznik	money	NO		
tw_JednMiary	jm_DlaNaklejek	bit	NO		
tw_KodKreskowy	kk_Id	int	NO		PK; not identity (ValueGeneratedNever)
tw_KodKreskowy	kk_IdTowar	int	NO		FK -> tw__Towar.tw_Id
tw_KodKreskowy	kk_Kod	varchar(20)	NO	''	
tw_KodKreskowy	kk_Ilosc	money	YES		
tw_ZmianaTw	twz_TowarId	int	NO		
tw_ZmianaTw	twz_NrZmiany	int	NO		
tw_ZmianaTw	twz_CzasModyf	datetime	NO	(getdate())	default via HasDefaultValueSql
tw_Parametr	twp_Id	int	NO		PK; not identity (ValueGeneratedNever)
tw_Parametr	twp_Nazwa1	varchar(20)	NO	''	
tw_Parametr	twp_Nazwa2	varchar(20)	NO	''	
tw_Parametr	twp_Nazwa3	varchar(20)	NO	''	
tw_Parametr	twp_Nazwa4	varchar(20)	NO	''	
tw_Parametr	twp_Nazwa5	varchar(20)	NO	''	
tw_Parametr	twp_Nazwa6	varchar(20)	NO	''	
tw_Parametr	twp_Nazwa7	varchar(20)	NO	''	
tw_Parametr	twp_Nazwa8	varchar(20)	NO	''	
tw_Parametr	twp_NazwaCeny1	varchar(50)	NO	''	
tw_Parametr	twp_NazwaCeny2	varchar(50)	NO	''	
tw_Parametr	twp_NazwaCeny3	varchar(50)	NO	''	
tw_Parametr	twp_NazwaCeny4	varchar(50)	NO	''	
tw_Parametr	twp_NazwaCeny5	varchar(50)	NO	''	
tw_Parametr	twp_NazwaCeny6	varchar(50)	NO	''	
tw_Parametr	twp_NazwaCeny7	varchar(50)	NO	''	
tw_Parametr	twp_NazwaCeny8	varchar(50)	NO	''	
tw_Parametr	twp_NazwaCeny9	varchar(50)	NO	''	
tw_Parametr	twp_NazwaCeny10	varchar(50)	NO	''	
tw_Parametr	twp_DomNarzut1	money	YES		
tw_Parametr	twp_DomNarzut2	money	YES		
tw_Parametr	twp_DomNarzut3	money	YES		
tw_Parametr	twp_DomNarzut4	money	YES		
tw_Parametr	twp_DomNarzut5	money	YES		
tw_Parametr	twp_DomNarzut6	money	YES		
tw_Parametr	twp_DomNarzut7	money	YES		
tw_Parametr	twp_DomNarzut8	money	YES		
tw_Parametr	twp_DomNarzut9	money	YES		
tw_Parametr	twp_DomNarzut10	money	YES		
tw_Parametr	twp_WalutaCeny1	char(3)	NO	'PLN'	
tw_Parametr	twp_WalutaCeny2	char(3)	NO	'PLN'	
tw_Parametr	twp_WalutaCeny3	char(3)	NO	'PLN'	
tw_Parametr	twp_WalutaCeny4	char(3)	NO	'PLN'	
tw_Parametr	twp_WalutaCeny5	char(3)	NO	'PLN'	
tw_Parametr	twp_WalutaCeny6	char(3)	NO	'PLN'	
tw_Parametr	twp_WalutaCeny7	char(3)	NO	'PLN'	
tw_Parametr	twp_WalutaCeny8	char(3)	NO	'PLN'	
tw_Parametr	twp_WalutaCeny9	char(3)	NO	'PLN'	
tw_Parametr	twp_WalutaCeny10	char(3)	NO	'PLN'	
tw_Parametr	twp_KursCeny1	int	YES		
tw_Parametr	twp_KursCeny2	int	YES		
tw_Parametr	twp_KursCeny3	int	YES		
tw_Parametr	twp_KursCeny4	int	YES		
tw_Parametr	twp_KursCeny5	int	YES		
tw_Parametr	twp_KursCeny6	int	YES		
tw_Parametr	twp_KursCeny7	int	YES		
tw_Parametr	twp_KursCeny8	int	YES		
tw_Parametr	twp_KursCeny9	int	YES		
tw_Parametr	twp_KursCeny10	int	YES		
tw_Parametr	twp_SymbolAuto	bit	NO		
tw_Parametr	twp_DlugoscAuto	int	YES		
tw_Parametr	twp_Kolejny	int	YES		
tw_Parametr	twp_KolejnyWolny	int	YES		
tw_Parametr	twp_Grupa	int	YES		
tw_Parametr	twp_StawkaVAT	int	NO		
tw_Parametr	twp_JednMiary	varchar(10)	NO	''	
tw_Parametr	twp_KodUnikalny	bit	NO	(1)	
tw_Parametr	twp_KodNumeryczny	bit	NO	(1)	
tw_Parametr	twp_KodUsunPoczZera	bit	NO		
tw_Parametr	twp_NazwaNarzutu1	varchar(50)	NO	''	
tw_Parametr	twp_NazwaNarzutu2	varchar(50)	NO	''	
tw_Parametr	twp_NazwaNarzutu3	varchar(50)	NO	''	
tw_Parametr	twp_NazwaNarzutu4	varchar(50)	NO	''	
tw_Parametr	twp_NazwaNarzutu5	varchar(50)	NO	''	
tw_Parametr	twp_DomWartNarzutu1	money	YES		
tw_Parametr	twp_DomWartNarzutu2	money	YES		
tw_Parametr	twp_DomWartNarzutu3	money	YES		
tw_Parametr	twp_DomWartNarzutu4	money	YES		
tw_Parametr	twp_DomWartNarzutu5	money	YES		
tw_Parametr	twp_NarzutRosnacy1	bit	NO		
tw_Parametr	twp_NarzutRosnacy2	bit	NO		
tw_Parametr	twp_NarzutRosnacy3	bit	NO		
tw_Parametr	twp_NarzutRosnacy4	bit	NO		
tw_Parametr	twp_NarzutRosnacy5	bit	NO		
tw_Parametr	twp_UstawiajZdjecia	bit	NO	(1)	
tw_Parametr	twp_PrzepisujNazwe	bit	NO		
tw_Parametr	twp_MontRWKatId	int	YES		
tw_Parametr	twp_MontPWKatId	int	YES		
tw_Parametr	twp_RozmontRWKatId	int	YES		
tw_Parametr	twp_RozmontPWKatId	int	YES		
tw_Parametr	twp_StalaCena1	bit	YES		
tw_Parametr	twp_StalaCena2	bit	YES		
tw_Parametr	twp_StalaCena3	bit	YES		
tw_Parametr	twp_StalaCena4	bit	YES		
tw_Parametr	twp_StalaCena5	bit	YES		
tw_Parametr	twp_StalaCena6	bit	YES		
tw_Parametr	twp_StalaCena7	bit	YES		
tw_Parametr	twp_StalaCena8	bit	YES		
tw_Parametr	twp_StalaCena9	bit	YES		
tw_Parametr	twp_StalaCena10	bit	YES		
tw_Parametr	twp_ZmianaSklKpl	int	YES	(0)	
tw_Parametr	twp_InfRuchTowAuto	bit	NO	(1)	
tw_Parametr	twp_InfRuchTowBezNarast	bit	NO		
tw_Parametr	twp_RodzajKartoteki	int	YES	(1)	
tw_Parametr	twp_ZakupStawkaVAT	int	YES		
tw_Parametr	twp_ZakupVATJakPrzySpr	bit	YES		
tw_Parametr	twp_ObrotMarza	bit	NO		
tw_Parametr	twp_MarzaCombo1	int	NO		
tw_Parametr	twp_MarzaCombo2	int	NO		
tw_Parametr	twp_CzyDzialanieDodaj	bit	NO		
tw_Parametr	twp_CzyDzialanieEdycja	bit	NO		
tw_Parametr	twp_RodzajDzialanieDodaj	int	NO	(1)	
tw_Parametr	twp_RodzajDzialanieEdycja	int	NO	(1)	
tw_Parametr	twp_SzablonDzialanieDodaj	int	YES		FK -> sl_SzablonDzialania.szdz_Id
tw_Parametr	twp_SzablonDzialanieEdycja	int	YES		FK -> sl_SzablonDzialania.szdz_Id
tw_Parametr	twp_PrzepisujSymbol	bit	NO	(1)	
tw_Parametr	twp_OdwrotneObciazenie	bit	NO		
tw_Parametr	twp_AutoOOzPKWiU	bit	NO		
tw_Parametr	twp_OstrzegajVatZakInnyVatSprz	bit	NO	(1)	
tw_Parametr	twp_ProgKwotowyOO	int	NO		
tw_Parametr	twp_SynchSymbolKodKresk	bit	NO		
tw_Parametr	twp_SynchNazwaNazwaUrz	bit	NO		
tw_Parametr	twp_CechyTylkoUnikalneWlasciwosci	bit	NO		
tw_Parametr	twp_DaneSynchronizacji	varchar(20)	YES		
tw_Parametr	twp_KreatorTowarowPPPrzypominaj	datetime	YES	('24191031')	default via HasDefaultValueSql
tw_Parametr	twp_MechanizmPodzielonejPlatnosci	bit	NO		
tw_Parametr	twp_MechanizmPodzielonejPlatnosciUJ	bit	NO		
tw_Parametr	twp_KreatorPKWiU2015Przypomnij	datetime	YES	('20200930')	default via HasDefaultValueSql
tw_Parametr	twp_GrupaJpkVat	int	NO	(-1)	
tw_Parametr	twp_GrupaJpkVatUJ	int	NO		
tw_Parametr	twp_WydrukiTypKlasyfikacji	int	NO		
tw_Parametr	twp_KreatorZmianyStawekVatPrzypominaj	datetime	YES	('20230101')	default via HasDefaultValueSql
tw_Parametr	twp_ArchiwizujCeny	bit	NO		
sl_Magazyn	mag_Id	int	NO		PK; not identity (ValueGeneratedNever)
sl_Magazyn	mag_Symbol	varchar(3)	NO		
sl_Magazyn	mag_Nazwa	varchar(50)	NO	''	
sl_Magazyn	mag_Status	int	NO	(1)	
sl_Magazyn	mag_Opis	varchar(255)	YES		
sl_Magazyn	mag_Analityka	varchar(5)	YES		
sl_Magazyn	mag_Glowny	bit	NO		
sl_Magazyn	mag_POS	bit	NO		
sl_Magazyn	mag_POSIdent	uniqueidentifier	YES		
sl_Magazyn	mag_POSNazwa	varchar(255)	YES		
sl_Magazyn	mag_POSAdres	varchar(82)	YES	''	
sl_StawkaVAT	vat_Id	int	NO		PK; not identity (ValueGeneratedNever)
sl_StawkaVAT	vat_Nazwa	varchar(50)	NO	''	
sl_StawkaVAT	vat_Stawka	money	NO		
sl_StawkaVAT	vat_Symbol	varchar(20)	NO	''	
sl_StawkaVAT	vat_CzySystemowa	bit	NO		
sl_StawkaVAT	vat_CzyWidoczna	bit	NO		
sl_StawkaVAT	vat_Pozycja	int	NO		
sl_StawkaVAT	vat_PozSprzedaz	int	NO		
sl_StawkaVAT	vat_PozZakup	int	NO		
sl_StawkaVAT	vat_PozRR	int	NO		
sl_StawkaVAT	vat_PozDomyslna	int	NO		
sl_StawkaVAT	vat_Rodzaj	int	NO		
sl_StawkaVAT	vat_StawkaZagraniczna	bit	NO		
sl_StawkaVAT	vat_StawkaZagranicznaPdst	bit	YES		
sl_StawkaVAT	vat_IdPanstwo	int	YES		FK -> sl_Panstwo.pa_Id
sl_StawkaVAT	vat_UePanstwo	bit	YES		
sl_GrupaTw	grt_Id	int	NO		PK; not identity (ValueGeneratedNever)
sl_GrupaTw	grt_Nazwa	varchar(50)	NO	''	
sl_GrupaTw	grt_NrAnalityka	varchar(3)	YES	''	
sl_Waluta	wl_Id	int	NO		
sl_Waluta	wl_Symbol	char(3)	NO		PK
sl_Waluta	wl_Nazwa	varchar(25)	NO		
sl_Waluta	wl_LiczbaJednostek	int	NO	(1)	
sl_Waluta	wl_Aktywna	bit	NO	(1)	
ins_ident	ido_wartosc	int	NO	(1)	
ins_ident	ido_nazwa	varchar(50)	NO		PK
ins_ident	ido_minIdValue	int	YES		
nr_Parametr	np_Typ	int	NO		PK part 1/2
nr_Parametr	np_NrRoz	bit	NO		
nr_Parametr	np_NrSymbolRej	bit	NO		
nr_Parametr	np_NrMiesiac	bit	NO		
nr_Parametr	np_NrRok	bit	NO		
nr_Parametr	np_NrLuka	int	NO		
nr_Parametr	np_NrRodzaj	int	NO		
nr_Parametr	np_NrSymbolUzyt	bit	NO		
nr_Parametr	np_DefiniowalnyId	int	NO		PK part 2/2
nr_Parametr	np_NrDzien	bit	NO		
nr_NrRez	rez_Id	int	NO		PK; identity (EF convention: int key without ValueGeneratedNever)
nr_NrRez	rez_RejId	int	YES		
nr_NrRez	rez_Typ	int	NO		
nr_NrRez	rez_Roz	char(3)	YES		
nr_NrRez	rez_DataWyst	datetime	NO		
nr_NrRez	rez_Nr	int	NO		
nr_NrRez	rez_DefiniowalnyId	int	YES		
nz__Finanse	nzf_Id	int	NO		PK; not identity (ValueGeneratedNever); PK NONCLUSTERED
nz__Finanse	nzf_Data	datetime	NO		
nz__Finanse	nzf_TerminPlatnosci	datetime	YES		
nz__Finanse	nzf_Typ	int	NO		
nz__Finanse	nzf_WartoscPierwotna	money	NO		
nz__Finanse	nzf_WartoscPierwotnaWaluta	money	NO		
nz__Finanse	nzf_Wartosc	money	NO		
nz__Finanse	nzf_WartoscWaluta	money	NO		
nz__Finanse	nzf_Splata	money	NO		
nz__Finanse	nzf_SplataWaluta	money	NO		
nz__Finanse	nzf_IdWaluty	char(3)	NO	'PLN'	FK -> sl_Waluta.wl_Symbol
nz__Finanse	nzf_Kurs	money	NO	(1)	
nz__Finanse	nzf_RodzajKursu	int	NO		
nz__Finanse	nzf_Tytulem	varchar(144)	YES		
nz__Finanse	nzf_TypOdsetek	int	YES		
nz__Finanse	nzf_StopaOdsetek	money	YES	(0)	
nz__Finanse	nzf_DataOstatniejSplaty	datetime	YES		
nz__Finanse	nzf_IdDokumentAuto	int	YES		FK -> dok__Dokument.dok_Id
nz__Finanse	nzf_IdAdresu	int	YES		FK -> adr__Ewid.adr_Id
nz__Finanse	nzf_IdHistoriiAdresu	int	YES		FK -> adr_Historia.adrh_Id
nz__Finanse	nzf_IdObiektu	int	YES		
nz__Finanse	nzf_TypObiektu	int	NO		
nz__Finanse	nzf_Status	int	NO	(1)	
nz__Finanse	nzf_PRB	varchar(50)	YES		
nz__Finanse	nzf_IdKategorii	int	YES		FK -> sl_Kategoria.kat_Id
nz__Finanse	nzf_IdWystawil	int	NO		
nz__Finanse	nzf_Odebral	varchar(255)	YES		
nz__Finanse	nzf_Wystawil	varchar(40)	YES		
nz__Finanse	nzf_Przeniesiony	bit	NO		
nz__Finanse	nzf_Nota	bit	NO		
nz__Finanse	nzf_Podtyp	int	YES		
nz__Finanse	nzf_Zrodlo	int	YES		
nz__Finanse	nzf_Program	int	YES	(8)	
nz__Finanse	nzf_IdRozrachunku	int	YES		FK -> nz__Finanse.nzf_Id
nz__Finanse	nzf_Powiazanie	bit	NO		
nz__Finanse	nzf_Korekta	bit	NO		
nz__Finanse	nzf_Transakcja	varchar(144)	YES		
nz__Finanse	nzf_IdKasy	int	YES		FK -> dks_Kasa.ks_Id
nz__Finanse	nzf_Numer	int	YES		
nz__Finanse	nzf_NumerPelny	varchar(144)	YES		
nz__Finanse	nzf_Import	int	YES	(0)	
nz__Finanse	nzf_Opis	varchar(255)	YES		
nz__Finanse	nzf_GenerujTytulem	bit	NO		
nz__Finanse	nzf_Zaliczka	bit	NO		
nz__Finanse	nzf_DlaNieznany	bit	NO		
nz__Finanse	nzf_IdRachunku	int	YES		FK -> rb__RachBankowy.rb_Id
nz__Finanse	nzf_IdRachunkuHist	int	YES		FK -> rb_RachBankowyHistoria.rbh_Id
nz__Finanse	nzf_NumerWyciagu	varchar(50)	YES		
nz__Finanse	nzf_DataUzgodnienia	datetime	YES		
nz__Finanse	nzf_WyslanaHB	bit	NO		
nz__Finanse	nzf_Wydrukowana	bit	NO		
nz__Finanse	nzf_ObslugaRachunku	bit	NO		
nz__Finanse	nzf_Gotowkowa	bit	NO		
nz__Finanse	nzf_IdRachObiekt	int	YES		
nz__Finanse	nzf_IdRachObiektHist	int	YES		
nz__Finanse	nzf_TypPrzelewu	char(1)	NO	'N'	
nz__Finanse	nzf_ZUSPodIdentyfikator	char(14)	YES		
nz__Finanse	nzf_ZUSPodTypIdentyfikatora	char(1)	YES		
nz__Finanse	nzf_ZUSTypWplaty	char(1)	YES		
nz__Finanse	nzf_ZUSDeklaracja	char(6)	YES		
nz__Finanse	nzf_ZUSNrDeklaracji	char(2)	YES		
nz__Finanse	nzf_PodSymbol	char(6)	YES		
nz__Finanse	nzf_PodIdentyfikacjaZobowiazania	varchar(25)	YES		
nz__Finanse	nzf_PodOkres	char(7)	YES		
nz__Finanse	nzf_Transfer	bit	NO		
nz__Finanse	nzf_ZUSNrDecyzji	varchar(50)	YES		
nz__Finanse	nzf_IdRozliczenia	int	YES		
nz__Finanse	nzf_Flaga	int	YES		
nz__Finanse	nzf_FlagaZmianaPersonelId	int	YES		FK -> pd_Uzytkownik.uz_Id
nz__Finanse	nzf_FlagaZmianaCzas	datetime	YES		
nz__Finanse	nzf_DataKursu	datetime	YES		
nz__Finanse	nzf_IdBanku	int	YES		FK -> sl_WalutaBank.wbn_ID
nz__Finanse	nzf_LiczbaJednostek	int	NO	(1)	
nz__Finanse	nzf_RodzajSplaty	int	YES		
nz__Finanse	nzf_IdRachunkuWirtualnego	int	YES	(NULL)	FK -> rb_RachBankowyWirtualny.rbw_Id; default via HasDefaultValueSql
nz__Finanse	nzf_TypKorekty	int	YES	(NULL)	default via HasDefaultValueSql
nz__Finanse	nzf_MetodaKasowa	bit	NO		
nz__Finanse	nzf_IdTransakcjiVat	int	NO		
nz__Finanse	nzf_IzbaCelna	bit	NO		
nz__Finanse	nzf_TermPlatStatus	int	YES		
nz__Finanse	nzf_TermPlatTransId	nvarchar(128)	YES		
nz__Finanse	nzf_PodtypPP	int	NO		
nz__Finanse	nzf_VATPierwotnyWaluta	money	NO		
nz__Finanse	nzf_VATPierwotny	money	NO		
nz__Finanse	nzf_VATPozostaloWaluta	money	NO		
nz__Finanse	nzf_VATPozostalo	money	NO		
nz__Finanse	nzf_NrFaktury	varchar(35)	YES		
nz__Finanse	nzf_KwotaRachunkuVAT	money	YES	(0)	
nz__Finanse	nzf_MechanizmPodzielonejPlatnosci	bit	NO		
nz__Finanse	nzf_IdSesjiKasowej	int	YES	(NULL)	FK -> sk_Sesja.sks_Id; default via HasDefaultValueSql
nz__Finanse	nzf_IdSyncDivision	int	YES	(NULL)	default via HasDefaultValueSql
nz__Finanse	nzf_PrzedplataOddzial	bit	NO		
nz__Finanse	nzf_IdKarta	int	YES		
nz__Finanse	nzf_PlatnoscKartaWOddziale	bit	NO		
nz__Finanse	nzf_TermPlatTerminalId	nvarchar(20)	YES		
nz__Finanse	nzf_VatRozliczanyPrzezUslugobiorce	bit	NO		
sl_FormaPlatnosci	fp_Id	int	NO		PK; not identity (ValueGeneratedNever)
sl_FormaPlatnosci	fp_Nazwa	varchar(50)	NO	''	
sl_FormaPlatnosci	fp_Termin	int	NO		
sl_FormaPlatnosci	fp_Typ	int	NO		
sl_FormaPlatnosci	fp_RachBankId	int	YES		
sl_FormaPlatnosci	fp_CentId	int	YES		
sl_FormaPlatnosci	fp_InstKredytId	int	YES		
sl_FormaPlatnosci	fp_Glowna	bit	YES		
sl_FormaPlatnosci	fp_Aktywna	bit	NO	(1)	
sl_FormaPlatnosci	fp_TerminalPlatniczy	bit	NO		
sl_FormaPlatnosci	fp_FormaPlatnosciWysylajJako	int	YES		
sl_FormaPlatnosci	fp_OpisPlatnosciInna	varchar(256)	YES		
fl_Wartosc	flw_IdGrupyFlag	int	NO		PK part 1/3; FK -> fl_Grupy.flp_Id
fl_Wartosc	flw_TypObiektu	int	NO		PK part 2/3
fl_Wartosc	flw_IdObiektu	int	NO		PK part 3/3
fl_Wartosc	flw_IdFlagi	int	YES		FK -> fl__Flagi.flg_Id
fl_Wartosc	flw_Komentarz	varchar(1000)	NO	''	
fl_Wartosc	flw_IdUzytkownika	int	NO		FK -> pd_Uzytkownik.uz_Id
fl_Wartosc	flw_CzasOstatniejZmiany	datetime	NO		
fl__Flagi	flg_Id	int	NO		PK; not identity (ValueGeneratedNever)
fl__Flagi	flg_Numer	int	NO		
fl__Flagi	flg_Text	varchar(50)	NO	''	
fl__Flagi	flg_IdGrupy	int	NO		FK -> fl_Grupy.flp_Id
fl__Flagi	flg_Domyslna	bit	NO		
fl__Flagi	flg_DomyslnyKomentarz	varchar(1000)	NO	''	
fl__Flagi	flg_IdUprNadaj	int	YES		
fl__Flagi	flg_IdUprZdejmij	int	YES		
pd_Uzytkownik	uz_Id	int	NO		PK; not identity (ValueGeneratedNever)
pd_Uzytkownik	uz_Identyfikator	varchar(3)	NO		
pd_Uzytkownik	uz_Nazwisko	varchar(30)	NO		
pd_Uzytkownik	uz_Imie	varchar(20)	NO	''	
pd_Uzytkownik	uz_Login	varchar(255)	NO	''	
pd_Uzytkownik	uz_Haslo	varchar(100)	YES	''	
pd_Uzytkownik	uz_Status	bit	NO	(1)	
pd_Uzytkownik	uz_IdKasy	int	YES		FK -> dks_Kasa.ks_Id
pd_Uzytkownik	uz_BlokadaKasy	bit	NO		
pd_Uzytkownik	uz_IdMagazynu	int	YES		FK -> sl_Magazyn.mag_Id
pd_Uzytkownik	uz_Program	int	NO	(1)	
pd_Uzytkownik	uz_PracaZdalna	bit	NO		
pd_Uzytkownik	uz_IdPracownika	int	YES		FK -> pr_Pracownik.pr_Id
pd_Uzytkownik	uz_IdKompozycji	int	YES		FK -> ui__Kompozycja.ui_Id
pd_Uzytkownik	uz_IdGrupy	int	YES		FK -> sl_GrupaUz.ug_Id
pd_Uzytkownik	uz_EMail	varchar(100)	NO	''	
pd_Uzytkownik	uz_GaduGadu	varchar(20)	NO	''	
pd_Uzytkownik	uz_Skype	varchar(255)	NO	''	
pd_Uzytkownik	uz_RodzajInfoOWierszachListy	int	NO	(1)	
pd_Uzytkownik	uz_UruchomCentralke	bit	YES		
pd_Uzytkownik	uz_PrefiksOsobisty	varchar(50)	YES		
pd_Uzytkownik	uz_LimitStanowisk	int	YES		
pd_Uzytkownik	uz_StatusPrzypomnieniaZmianyVAT	int	NO	(3)	
pd_Uzytkownik	uz_DataPonownegoPrzypomnienia	datetime	YES		
pd_Uzytkownik	uz_KlientEmail	int	NO		
pd_Uzytkownik	uz_Domena	varchar(50)	YES	''	
pd_Uzytkownik	uz_AlarmyInterwal	int	YES		
pd_Uzytkownik	uz_LokalizacjaPokazuj	bit	NO	(1)	
pd_Uzytkownik	uz_Lokalizacja	nvarchar(256)	YES		
pd_Uzytkownik	uz_OstatnieKontoEmail	int	YES		
pd_Uzytkownik	uz_DataHasla	datetime	YES		
pd_Uzytkownik	uz_ZmianaHasla	bit	NO		
pd_Uzytkownik	uz_PodnoszenieUprawnienUserId	int	YES		
pd_Uzytkownik	uz_ShowTutorialSMS	bit	NO	(1)	
zd_AlarmyRezerwacja	zdrd_Id	int	NO		PK; identity (EF convention: int key without ValueGeneratedNever)
zd_AlarmyRezerwacja	zdrd_IdDzialania	int	NO		FK -> zd__Zadanie.zd_Id
zd_AlarmyRezerwacja	zdrd_Data	datetime	NO		
zd_AlarmyRezerwacja	zdrd_Instancja	nvarchar(100)	NO		
zs_Rezerwacja	zsr_Id	int	NO		PK; not identity (ValueGeneratedNever)
zs_Rezerwacja	zsr_Temat	varchar(50)	NO	''	
zs_Rezerwacja	zsr_IdZasobu	int	NO		FK -> zs__Zasob.zs_Id
zs_Rezerwacja	zsr_IdPersonel	int	NO		FK -> pd_Uzytkownik.uz_Id
zs_Rezerwacja	zsr_Poczatek	datetime	NO		
zs_Rezerwacja	zsr_Koniec	datetime	NO		
zs_Rezerwacja	zsr_KolorZasobu	bit	NO		
zs_Rezerwacja	zsr_Kolor	varchar(11)	YES		
zs_Rezerwacja	zsr_Uwagi	varchar(500)	YES		
zs_Rezerwacja	zsr_Klienci	varchar(255)	NO	''	
zs_RezerwacjaUczestnik	zsru_Id	int	NO		PK; not identity (ValueGeneratedNever)
zs_RezerwacjaUczestnik	zsru_IdRezerwacji	int	NO		FK -> zs_Rezerwacja.zsr_Id
zs_RezerwacjaUczestnik	zsru_IdKlienta	int	NO		FK -> adr__Ewid.adr_Id
`;
