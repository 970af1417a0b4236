/**
 * Column facts of Subiekt GT's promotion tables, which `docs/subiekt-gt-columns.tsv` does not
 * cover, read by hand from the same public EF Core model (`bsdnetpl/SubiektGTModels`, commit
 * 3f9a43c: `Models/TestowyContext.cs` and the classes DokPromocja, DokPromocjaTowar,
 * DokPromocjaKontrahent), in the same notation and with the same caveats (a 0 default of a NOT
 * NULL int/bit/money column is not stated; nullability from the C# types; column order as the
 * classes list them, which is the scaffold's database order). The model also declares the index
 * IX_dok_Promocja (pc_TwGrId, pc_KhGrId, pc_CenyPoziom). What the columns mean is *uncertain*:
 * see schema/promotions.ts.
 */
export const PROMOTION_COLUMNS_TSV = `table	column	sql_type	nullable	default	note
dok_Promocja	pc_Id	int	NO		PK; not identity (ValueGeneratedNever)
dok_Promocja	pc_TwGrId	int	YES		
dok_Promocja	pc_KhGrId	int	YES		
dok_Promocja	pc_CenyPoziom	int	YES		
dok_Promocja	pc_Rabat	money	YES		
dok_Promocja	pc_Nazwa	varchar(50)	YES	''	
dok_Promocja	pc_Od	datetime	YES		
dok_Promocja	pc_Do	datetime	YES		
dok_Promocja	pc_Nieaktywna	bit	YES	(0)	
dok_Promocja	pc_WyborTw	bit	YES	(0)	
dok_Promocja	pc_WyborKh	bit	YES	(0)	
dok_Promocja	pc_RodzProm	int	YES		
dok_Promocja	pc_CenaNetto	money	YES		
dok_Promocja	pc_CenaBrutto	money	YES		
dok_Promocja	pc_POS	bit	NO		
dok_Promocja	pc_OgraniczonaCzasowo	bit	NO	(1)	
dok_Promocja	pc_Interwal	int	NO		
dok_Promocja	pc_CalyDzien	bit	NO		
dok_Promocja	pc_Robocze	bit	NO		
dok_Promocja	pc_PoczatekZCyklu	datetime	YES		
dok_Promocja	pc_CoIle	int	NO	(1)	
dok_Promocja	pc_DniTygodnia	int	NO		
dok_Promocja	pc_DzienMiesiaca	int	NO		
dok_Promocja	pc_DefinicjaZlozona	bit	YES	(0)	
dok_Promocja	pc_DzienPorzadek	int	NO		
dok_Promocja	pc_DzienRodzaj	int	NO		
dok_Promocja	pc_Miesiac	int	NO		
dok_Promocja	pc_RodzajPowtorzen	int	NO		
dok_Promocja	pc_IlePowtorzen	int	NO		
dok_Promocja	pc_KoniecPowtorzen	datetime	YES		
dok_Promocja	pc_IlePowtorzenWDniach	bit	NO	(1)	
dok_Promocja	pc_MultiStore	bit	NO		
dok_PromocjaTowar	pct_Id	int	NO		PK; not identity (ValueGeneratedNever)
dok_PromocjaTowar	pct_IdPromocja	int	NO		FK -> dok_Promocja.pc_Id
dok_PromocjaTowar	pct_IdTowaru	int	NO		
dok_PromocjaKontrahent	pck_Id	int	NO		PK; not identity (ValueGeneratedNever)
dok_PromocjaKontrahent	pck_IdPromocja	int	NO		FK -> dok_Promocja.pc_Id
dok_PromocjaKontrahent	pck_IdKontrahent	int	NO		
`;
