package dev.leadscope.domain.lead;

/**
 * The words and phrases job titles are read with, in English, German, French, Spanish, Portuguese, Dutch and
 * Italian, written as {@link TitleTokenizer} folds them (lower case, no accents, "ß" as "ss"). Rules read
 * {@code KIND[:LEVEL][:AREA] = variant, ...}; see {@link TitleLexicon} for the kinds.
 */
final class TitleVocabulary {
    private TitleVocabulary() {
    }

    private static final String EXECUTIVES = """
            CXO:EXEC = ceo, ceos, chief executive, chief executive officer, pdg, president directeur general, presidente directrice generale,
              presidente ejecutivo, presidenta ejecutiva, consejero delegado, consejera delegada, amministratore delegato,
              director ejecutivo, directora ejecutiva, diretor presidente, diretora presidente, diretor executivo,
              diretora executiva, vorstandsvorsitzender, vorstandsvorsitzende, vorstandschef, amministratrice delegata
            CXO:FINANCE = cfo, cfos, daf, directeur administratif et financier, directrice administrative et financiere,
              cao, chief administrative officer
            CXO:TECH = cto, ctos, cio, cios, ciso, cdo, cdao, dsi
            CXO:BUSINESS = coo, chief operating officer, chief operating, chief operations officer, chief operations, cmo, cro, chro, cpo, cco, cso, cgo, cbo, cxo, c level, c suite
            OWNER = founder, founders, cofounder, owner, owners, coowner, proprietor, entrepreneur, solopreneur,
              self employed, selfemployed, president, presidente, presidenta, prasident, prasidentin, praesident,
              voorzitter, chair, chairman, chairwoman, chairperson, md, managing director, managing partner,
              managing member, geschaftsfuhrer, geschaftsfuhrerin, geschaeftsfuehrer, geschaeftsfuehrerin,
              geschaftsfuhrender, geschaftsfuhrende, geschaeftsfuehrender, geschaftsfuhrung, geschaeftsfuehrung,
              geschaftsleitung, geschaeftsleitung, gf, vorstand, vorstandsmitglied, inhaber, inhaberin, inh,
              grunder, grunderin, gruender, gruenderin, mitgrunder, mitgruender, unternehmer, unternehmerin,
              gesellschafter, gesellschafterin, dg, director general, directora general, directeur general,
              directrice generale, direttore generale, direttrice generale, diretor geral, diretora geral,
              general director, algemeen directeur, eigenaar, eigenares, oprichter, medeoprichter, ondernemer,
              fondateur, fondatrice, cofondateur, cofondatrice, gerant, gerante, cogerant, proprietaire, fundador,
              fundadora, cofundador, cofundadora, propietario, propietaria, dueno, duena, empresario, empresaria,
              emprendedor, emprendedora, proprietario, proprietaria, fondatore, cofondatore, titolare,
              imprenditore, imprenditrice, amministratore unico, amministratrice unica, presidentessa, socio director,
              socio diretor, socio gerente, socio administrador, socia directora, socia diretora, socia gerente,
              socia administradora, gerant associe, empreendedor, empreendedora, autonomo, autonoma,
              zelfstandige
            PARTNER = partner, partners, partnerin, socio, socia, associe, associee, teilhaber,
              teilhaberin, vennoot
            BOARD = board, board member, member of the board, board director, board of directors, non executive director,
              nonexecutive director, non exec director, ned, independent director, vice chair, vice chairman,
              vice chairwoman, vice chairperson, aufsichtsrat, aufsichtsratsmitglied, beirat, consejero, consejera,
              bestuurslid, commissaris, consigliere, conselheiro, conselheira, membre du conseil
            CHIEF = chief
            """;

    private static final String RANKS = """
            RANK:VP = vp, vps, vice president, vicepresident, vice presidente, vice presidenta, vicepresidente,
              vicepresidenta, vizeprasident, vizeprasidentin, vizepraesident, svp, evp, gm, general manager, general counsel,
              gen mgr, gen manager, gerente general, gerente geral
            RANK:DIRECTOR = avp, director, directors, dir, dirctor, directr, directora, directeur, directrice, direttore, direttrice, diretor,
              diretora, direktor, direktorin, subdirector, subdirectora, head, heads, hoofd, afdelingshoofd, leiter,
              leiterin, leitung, dirigente, chief of staff
            RANK:DIRECTOR:FINANCE = prokurist, prokuristin
            RANK:MANAGER = manager, managers, mgr, mngr, manger, pm, supervisor, supervisora, superviseur, team lead,
              team leader, teamlead, teamleader, gerente, subgerente, jefe, jefa, chefe, chef, responsable,
              responsabile, encargado, encargada, capo, teamleiter, teamleiterin, gruppenleiter, gruppenleiterin,
              projektleiter, projektleiterin, teamleider, projectleider, bedrijfsleider, leidinggevende,
              verantwortlicher, verantwortliche, lider, cheffe
            RANK:MANAGER:BUSINESS = csm, kam
            RANK:MANAGER:TECH = tech lead, technical lead
            RANK:MANAGER:FINANCE = controller, controllers, comptroller, contralor, contralora
            LEAD = lead
            """;

    private static final String JOBS = """
            JOB:TECH = engineer, engineers, engr, enginer, enginner, engeneer, developer, developper, developers, dev, devs, programmer, coder, architect,
              architects, sre, dba, sysadmin, technician, technologist, tester, scientist, webmaster, ingenieur,
              ingenieurin, ingeniero, ingeniera, ingegnere, engenheiro, engenheira, desarrollador, desarrolladora,
              developpeur, developpeuse, desenvolvedor, desenvolvedora, sviluppatore, sviluppatrice, entwickler,
              entwicklerin, ontwikkelaar, programador, programadora, programmeur, programmeuse, programmatore,
              programmatrice, programmierer, programmiererin, informaticien, informaticienne, informatico, informatiker,
              informatikerin, ingenieure, technicien, technicienne, techniker, tecnico, systeembeheerder, beheerder,
              architekt, architektin, arquitecto, arquitecta, architecte, architetto, arquiteto
            JOB:FINANCE = accountant, accountants, bookkeeper, auditor, treasurer, buyer, buyers, purchaser, einkaufer,
              einkauferin, einkaeufer, einkaeuferin, acheteur, acheteuse, comprador, compradora, inkoper, contador,
              contadora, comptable, contabile, contable, buchhalter, buchhalterin, controleur, controleuse,
              tesorero, tesorera, tresorier, tresoriere, actuary
            JOB:BUSINESS = sdr, sdrs, bdr, bdrs, ae, account executive, account exec, salesperson, salesman,
              saleswoman, seller, marketer, marketeer, recruiter, vendedor, vendedora, verkaufer, verkauferin,
              verkaeufer, media buyer, product owner, process owner, service owner, copywriter, strategist,
              growth hacker, evangelist, vendeur, vendeuse, venditore, venditrice, ingenieur commercial,
              ingenieure commerciale, ingeniero comercial, ingeniera comercial, ingenieur d affaires,
              ingenieure d affaires
            JOB = analyst, analysts, analista, analyste, analytiker, specialist, specialists, specialiste, especialista,
              spezialist, spezialistin, specialista, coordinator, coord, coordinador, coordinadora, coordenador,
              coordenadora, coordinatore, coordinatrice, coordinateur, koordinator, koordinatorin, consultant,
              consultants, consultante, consultor, consultora, consulente, berater, beraterin, adviseur, advisor, adviser,
              conseiller, conseillere, asesor, asesora, agent, clerk, intern, interns, internship, trainee,
              apprentice, stagiaire, praktikant, praktikantin, becario, becaria, estagiario, estagiaria,
              tirocinante, stagista, werkstudent, werkstudentin, employee, staff, member, mitarbeiter,
              mitarbeiterin, medewerker, medewerkster, kaufmann, kauffrau, amministratrice, empleado, empleada, funcionario, funcionaria, impiegato, impiegata,
              colaborador, colaboradora, sachbearbeiter, sachbearbeiterin, referent, referentin, attache, charge,
              chargee, principal, fellow, professional, generalist, expert, experte, experto, experta, esperto,
              designer, disenador, disenadora, writer, editor, redakteur, planner, administrator, admin,
              administrateur, administrador, administradora, amministratore, gestionnaire, gestor, gestora,
              operator, operador, rep, reps, representative, representante, representant, vertreter, freelancer,
              freelance, contractor, professor, teacher, instructor, trainer, ambassador, lawyer, attorney,
              counsel, paralegal
            OFFICER = officer, officers, executive, executives, exec, ejecutivo, ejecutiva, executivo, executiva
            ASSISTANT = assistant, asst, assistante, asistente, assistente, assistent, assistentin
            ASSOCIATE = associate, associates, assoc
            SECRETARY = secretary, secretaire, secretaria, secretario, segretaria, segretario, sekretarin,
              sekretaerin, secretaresse, pa, ea, receptionist, recepcionista
            """;

    private static final String MODIFIERS = """
            DEPUTY = deputy, vice, stellvertretender, stellvertretende, stellv, stv, adjoint, adjointe, adjunto, adjunta,
              aggiunto, vize, plaatsvervangend, plaatsvervangende, sous
            STOP = @, to, at, bei, chez, presso, office of, reporting to
            RETIRED = retired, former, formerly, ex, previously, unemployed, jobless, retraite, retraitee, jubilado,
              jubilada, pensionista, rentner, rentnerin, pensionar, aposentado, aposentada, pensionato, pensionata,
              gepensioneerd, looking for, seeking, open to work, between jobs, sans emploi, desempleado,
              desempleada, arbeitslos, arbeitssuchend
            STUDENT = student, students, studentin, etudiant, etudiante, estudiante, estudante, studente, studentessa,
              pupil, undergraduate, undergrad, candidate, schuler, schueler, alumno, alumna, aluno, aluna
            """;

    private static final String FUNCTIONS = """
            FUNCTION:EXEC = general management, direction generale, gerencia general
            FUNCTION:FINANCE = finance, financial, financials, fin, finanzas, finances, financier, financiere,
              financiero, financiera, financeiro, financeira, finanziario, finanziaria, finanza, finanze, finanz,
              finanzen, financieel, financiele, financien, accounting, accountancy, accounts payable,
              accounts receivable, treasury, tesoreria, tresorerie, tax, taxation, audit, auditing, controlling,
              payroll, budget, fp a, fpa, procurement, purchasing, purchase, purchases, sourcing, vendor management,
              buying, einkauf, beschaffung, achats, achat, approvisionnement, approvisionnements, compras, compra,
              adquisiciones, abastecimiento, suprimentos, acquisti, acquisto, approvvigionamenti, inkoop,
              contabilidad, contabilidade, contabilita, comptabilite, buchhaltung, rechnungswesen, kaufmannisch,
              kaufmannischer, kaufmannische, kaufmaennischer, kaufmaennische, administracion, administrativo,
              administrativa, amministrazione, amministrativo, amministrativa, administratif, administracao,
              investor relations, investment, investments, risk
            FUNCTION:TECH = it, ti, edv, ict, technology, technologies, tech, technical, technique, techniques, technik,
              technisch, technischer, technische, tecnologia, tecnologias, tecnologie, technologie,
              informationstechnologie, informationstechnik, tecnica, engineering, eng, engenharia, ingenieria,
              ingegneria, ingenierie, software, sw, logiciel, logiciels, hardware, firmware, embedded, security,
              cybersecurity, cyber, infosec, secops, seguridad, securite, sicherheit, sicurezza, seguranca, data,
              datos, dados, donnees, dati, daten, database, databases, bi, business intelligence, big data,
              architecture, infrastructure, infra, cloud, systems, system, sys, sistemas, sistema, sistemi,
              systemes, systeme, systeem, systemen, network, networks, networking, redes, reseau, reseaux,
              netzwerk, informatique, informatica, informatik, information, informacion, informacao,
              informazione, devops, devsecops, site reliability, reliability, qa, quality assurance, testing,
              test automation, rd, research and development, ai, ml, machine learning, artificial intelligence,
              deep learning, computer, computing, erp, sap, helpdesk, help desk, service desk, desktop, backend,
              back end, frontend, front end, fullstack, full stack, ios, android, java, python, javascript, dotnet,
              telecom, telecommunications, programming, mis, datenbank
            FUNCTION:OPERATIONS = operations, ops, operational, operationnel, operationnelle, operaciones, operacoes,
              operazioni, operativo, operativa, betrieb, bedrijfsvoering
            FUNCTION:OPS = revops, salesops, bizops, mops, martech, automation, enablement, crm, salesforce, hubspot,
              marketo, pardot, business partner
            FUNCTION:BUSINESS = marketing, mktg, mkt, mkting, marketting, sales, sale, selling, revenue, growth, demand, demand gen,
              demand generation, lead generation, lead gen, leadgen, lead management, brand, branding,
              communications, communication, comms, pr, public relations, content, social, social media, seo, sem,
              ppc, advertising, media, events, event, field, product, products, customer, customers, client,
              clients, success, service, services, support, business, biz, bizdev, business development,
              business dev, biz dev, sales development, sales dev, commercial, commerce, ecommerce, e commerce,
              account, accounts, partnerships, partnership, channel, channels, alliances, alliance, hr,
              human resources, people, talent, recruiting, recruitment, legal, compliance, strategy, strategic,
              insights, research, analytics, design, creative, ux, ui, vertrieb, verkauf, vente, ventes, ventas,
              venta, vendas, venda, vendite, vendita, verkoop, mercadeo, mercadotecnia, comercial, commerciale,
              commercieel, personal, personalwesen, rh, rrhh, recursos humanos, ressources humaines,
              risorse umane, administration, office, project, projects, projekt, proyecto, proyectos, projet,
              projets, progetto, program, programme, programs, training, education, learning, supply chain,
              logistics, logistik, logistica, logistique, manufacturing, production, produktion, produccion,
              facilities, kommunikation, comunicacion, comunicazione, comunicacao, produkt, producto, produit,
              prodotto, produto, clientes, cliente, kunden, klanten
            """;

    /** The rules for whole words and phrases. */
    static final String[] TABLES = {EXECUTIVES, RANKS, JOBS, MODIFIERS, FUNCTIONS};

    /** Rank and job nouns that German and Dutch glue onto a function: "Einkaufsleiter", "Softwareentwickler". */
    static final String SUFFIXES = """
            RANK:DIRECTOR = leiter, leiterin, leitung, direktor, direktorin, directeur, chef, chefin
            RANK:MANAGER = manager, managerin, leider
            JOB:TECH = ingenieur, ingenieurin, entwickler, entwicklerin, ontwikkelaar, architekt, architektin,
              informatiker, informatikerin
            JOB = berater, beraterin, referent, referentin, spezialist, spezialistin, mitarbeiter, mitarbeiterin,
              medewerker, sachbearbeiter, sachbearbeiterin, analyst, administrator, koordinator, kaufmann, kauffrau
            JOB:FINANCE = buchhalter, buchhalterin
            SECRETARY = assistent, assistentin
            """;
}
