using System.Diagnostics;
using System.Globalization;
using System.Text;
using Marketplace.Accounts;
using Marketplace.Catalogue;
using Marketplace.Catalogue.Browse;
using Marketplace.Data;
using Marketplace.Search.Indexing;
using Marketplace.Search.SearchCatalogue;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Benchmarks.Catalogue;

/// <summary>
/// The search baseline: SQLite FTS5 (tokenizer <c>unicode61 remove_diacritics 2</c>) over the same texts the site
/// indexes for a product (names in both languages and the geographical indication; category names with their parents
/// in both languages; origin place and the province names, former ones included; the cooperative's names; the
/// descriptions and packaging), with the same field weights in <c>bm25</c>, and the facts the filters, sorts and facets
/// need in plain tables beside it. In a file of its own next to the site's database, which it never writes to.
/// unicode61 removes marks but does not fold đ to d, so texts and queries have đ replaced by d first; otherwise
/// "thanh long ruot do" would find nothing here while the site finds "ruột đỏ", and the baseline would win on speed by
/// answering less.
/// </summary>
internal sealed class Fts5Baseline : IDisposable
{
    public const string FileName = "fts5-baseline.db";
    private const int Batch = 5_000;
    private const int PageSize = 24;
    private const string Weights = "3.0, 2.0, 1.5, 1.5, 1.0";

    private readonly SqliteConnection connection;

    private Fts5Baseline(SqliteConnection connection) => this.connection = connection;

    /// <summary>Reads every public product from the site's database and writes the FTS5 tables; returns the rows written.</summary>
    public static async Task<(Fts5Baseline Baseline, int Products, TimeSpan Elapsed)> BuildAsync(MarketplaceDbContext db, string file, DateOnly today, CancellationToken cancellationToken)
    {
        SqliteConnection.ClearAllPools();
        foreach (var leftover in new[] { file, file + "-wal", file + "-shm", file + "-journal" }.Where(File.Exists))
        {
            File.Delete(leftover);
        }

        var clock = Stopwatch.StartNew();
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            CREATE VIRTUAL TABLE product_text USING fts5(name, category, place, cooperative, description, tokenize = 'unicode61 remove_diacritics 2');
            CREATE VIRTUAL TABLE product_names USING fts5(name_vi, display UNINDEXED, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
            CREATE TABLE product_facts (id INTEGER PRIMARY KEY, category TEXT NOT NULL, parent TEXT, province TEXT NOT NULL, kind TEXT, verified INTEGER NOT NULL, ocop INTEGER, price INTEGER, published INTEGER NOT NULL);
            CREATE TABLE product_certs (product_id INTEGER NOT NULL, type TEXT NOT NULL, valid_until INTEGER NOT NULL, PRIMARY KEY (product_id, type)) WITHOUT ROWID;
            """, cancellationToken);

        // The same category, group and place texts the site indexes (PlaceNames), so both search the same words.
        var places = await PlaceNames.LoadAsync(db, cancellationToken);
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => o.Type == OrganisationType.Cooperative)
            .Select(o => new { o.Id, o.Name, o.NameEn, o.ProvinceCode, o.CooperativeKind, o.VerifiedAtUtc })
            .ToDictionaryAsync(o => o.Id, cancellationToken);

        var written = 0;
        var after = 0;
        while (true)
        {
            var products = await db.Products.AsNoTracking().PubliclyVisible(db)
                .Where(p => p.Id > after).OrderBy(p => p.Id).Take(Batch)
                .ToListAsync(cancellationToken);
            if (products.Count == 0)
            {
                break;
            }

            var ids = products.Select(p => p.Id).ToList();
            var certificates = (await db.ProductCertificates.AsNoTracking()
                    .Where(pc => ids.Contains(pc.ProductId))
                    .Join(db.Certificates, pc => pc.CertificateId, c => c.Id, (pc, c) => new { pc.ProductId, c.TypeCode, c.ValidUntil })
                    .ToListAsync(cancellationToken))
                .ToLookup(c => c.ProductId);

            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            using var text = Command(transaction, "INSERT INTO product_text (rowid, name, category, place, cooperative, description) VALUES ($id, $name, $category, $place, $cooperative, $description)", "$id", "$name", "$category", "$place", "$cooperative", "$description");
            using var names = Command(transaction, "INSERT INTO product_names (rowid, name_vi, display) VALUES ($id, $name, $display)", "$id", "$name", "$display");
            using var facts = Command(transaction, "INSERT INTO product_facts VALUES ($id, $category, $parent, $province, $kind, $verified, $ocop, $price, $published)", "$id", "$category", "$parent", "$province", "$kind", "$verified", "$ocop", "$price", "$published");
            using var certs = Command(transaction, "INSERT INTO product_certs VALUES ($id, $type, $until)", "$id", "$type", "$until");
            foreach (var p in products)
            {
                var cooperative = organisations[p.OrganisationId];
                var path = places.CategoryPath(p.CategoryCode).ToList();
                Run(text, p.Id, Fold(Join(p.NameVi, p.NameEn, p.GeographicalIndication)), Fold(Join(places.OwnCategoryText(p.CategoryCode), places.GroupCategoryText(p.CategoryCode))),
                    Fold(Join(p.OriginPlace, places.Province(p.OriginProvinceCode), places.Province(cooperative.ProvinceCode))),
                    Fold(Join(cooperative.Name, cooperative.NameEn)), Fold(Join(p.DescriptionVi, p.DescriptionEn, p.Packaging)));
                Run(names, p.Id, Fold(p.NameVi), p.NameVi);
                Run(facts, p.Id, p.CategoryCode, path.Count > 1 ? path[1].Code : null, p.OriginProvinceCode, cooperative.CooperativeKind?.ToString(),
                    cooperative.VerifiedAtUtc is null ? 0 : 1, p.OcopStars, p.PriceMinVnd ?? p.PriceMaxVnd, new DateTimeOffset(DateTime.SpecifyKind(p.CreatedAtUtc, DateTimeKind.Utc)).ToUnixTimeSeconds());
                foreach (var held in certificates[p.Id].GroupBy(c => c.TypeCode))
                {
                    Run(certs, p.Id, held.Key, held.Max(c => c.ValidUntil).DayNumber);
                }
            }

            await transaction.CommitAsync(cancellationToken);
            written += products.Count;
            after = products[^1].Id;
        }

        await ExecuteAsync(connection, "CREATE INDEX product_facts_province ON product_facts (province); CREATE INDEX product_certs_type ON product_certs (type, valid_until); ANALYZE;", cancellationToken);
        return (new Fts5Baseline(connection), written, clock.Elapsed);
    }

    /// <summary>The page of ids and the total, as the site's product query asks of its engine (without facets).</summary>
    public (long Total, List<long> Ids) Ranked(CatalogueSearchRequest request, DateOnly today, CompoundWords compounds)
    {
        var (match, where) = Conditions(request, compounds);
        var order = request.Sort switch
        {
            ProductSort.PriceLow => "f.price IS NULL, f.price",
            ProductSort.PriceHigh => "f.price IS NULL, f.price DESC",
            ProductSort.Newest => "f.published DESC",
            _ when match is null => "f.published DESC",
            _ => "score",
        };
        var from = match is null
            ? "product_facts f"
            : "product_text t JOIN product_facts f ON f.id = t.rowid";
        var score = match is null ? "0" : $"bm25(product_text, {Weights})";
        using var page = connection.CreateCommand();
        page.CommandText = $"SELECT f.id, {score} AS score FROM {from} WHERE {where} ORDER BY {order} LIMIT {PageSize}";
        Bind(page, match, request, today);
        var ids = new List<long>(PageSize);
        using (var reader = page.ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        using var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(*) FROM {from} WHERE {where}";
        Bind(count, match, request, today);
        return ((long)count.ExecuteScalar()!, ids);
    }

    /// <summary>The six facets the site counts (category with its parent, province, certificate valid today, OCOP, kind, verified) over every match.</summary>
    public int Facets(CatalogueSearchRequest request, DateOnly today, CompoundWords compounds)
    {
        var (match, where) = Conditions(request, compounds);
        var from = match is null ? "product_facts f" : "product_text t JOIN product_facts f ON f.id = t.rowid";
        using var facets = connection.CreateCommand();
        facets.CommandText = $"""
            WITH hits AS MATERIALIZED (SELECT f.* FROM {from} WHERE {where})
            SELECT 'category', category, COUNT(*) FROM hits GROUP BY category
            UNION ALL SELECT 'category', parent, COUNT(*) FROM hits WHERE parent IS NOT NULL GROUP BY parent
            UNION ALL SELECT 'province', province, COUNT(*) FROM hits GROUP BY province
            UNION ALL SELECT 'certificate', c.type, COUNT(*) FROM hits h JOIN product_certs c ON c.product_id = h.id AND c.valid_until >= $today GROUP BY c.type
            UNION ALL SELECT 'ocop', ocop, COUNT(*) FROM hits WHERE ocop IS NOT NULL GROUP BY ocop
            UNION ALL SELECT 'kind', kind, COUNT(*) FROM hits WHERE kind IS NOT NULL GROUP BY kind
            UNION ALL SELECT 'verified', verified, COUNT(*) FROM hits WHERE verified = 1 GROUP BY verified
            """;
        Bind(facets, match, request, today);
        var values = 0;
        using var reader = facets.ExecuteReader();
        while (reader.Read())
        {
            values++;
        }

        return values;
    }

    /// <summary>Names completing what was typed (the last word a prefix), as the site's suggestions: 48 ranked, 16 distinct, 8 shown.</summary>
    public List<string> Suggest(string typed)
    {
        var words = Words(typed);
        if (words.Count == 0)
        {
            return [];
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT display FROM product_names WHERE product_names MATCH $match ORDER BY rank LIMIT 48";
        command.Parameters.AddWithValue("$match", string.Join(' ', words.Select((w, i) => i == words.Count - 1 ? Quote(w) + "*" : Quote(w))));
        var names = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }

        var folded = Marketplace.Localization.VietnameseFolding.Fold(typed);
        return names.Distinct(StringComparer.OrdinalIgnoreCase).Take(16)
            .OrderByDescending(n => Marketplace.Localization.VietnameseFolding.Fold(n).StartsWith(folded, StringComparison.Ordinal))
            .ThenBy(n => n.Length)
            .Take(8)
            .ToList();
    }

    public void Dispose() => connection.Dispose();

    private static (string? Match, string Where) Conditions(CatalogueSearchRequest request, CompoundWords compounds)
    {
        var words = Words(request.Text);
        var where = new List<string>();
        string? match = null;
        if (words.Count > 0)
        {
            // Every word must occur, in any column (FTS5's implicit AND), and the compounds the site knows ("thanh
            // long", "Bình Thuận") as phrases: the same rules as the site's query, without its typos and synonyms.
            match = string.Join(' ', Terms(words, compounds.In([request.Text])).Select(Quote));
            where.Add("product_text MATCH $match");
        }

        if (request.Category is not null)
        {
            where.Add("(f.category = $category OR f.parent = $category)");
        }

        if (request.Province is not null)
        {
            where.Add("f.province = $province");
        }

        if (request.Kind is not null)
        {
            where.Add("f.kind = $kind");
        }

        if (request.Ocop is not null)
        {
            where.Add("f.ocop = $ocop");
        }

        if (request.VerifiedOnly)
        {
            where.Add("f.verified = 1");
        }

        if (request.Certificate is not null)
        {
            where.Add("EXISTS (SELECT 1 FROM product_certs c WHERE c.product_id = f.id AND c.type = $certificate AND c.valid_until >= $today)");
        }

        return (match, where.Count == 0 ? "1" : string.Join(" AND ", where));
    }

    private static void Bind(SqliteCommand command, string? match, CatalogueSearchRequest request, DateOnly today)
    {
        command.Parameters.AddWithValue("$match", (object?)match ?? DBNull.Value);
        command.Parameters.AddWithValue("$category", (object?)request.Category ?? DBNull.Value);
        command.Parameters.AddWithValue("$province", (object?)request.Province ?? DBNull.Value);
        command.Parameters.AddWithValue("$kind", (object?)request.Kind ?? DBNull.Value);
        command.Parameters.AddWithValue("$ocop", (object?)request.Ocop ?? DBNull.Value);
        command.Parameters.AddWithValue("$certificate", (object?)request.Certificate ?? DBNull.Value);
        command.Parameters.AddWithValue("$today", today.DayNumber);
    }

    /// <summary>Words as FTS5 strings: user text never becomes query syntax, as in the site.</summary>
    private static List<string> Words(string? text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in Fold(CatalogueSearch.Clean(text)) + " ")
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        return words;
    }

    /// <summary>The words with each compound's words joined into one phrase (a quoted string of several words in FTS5).</summary>
    private static List<string> Terms(List<string> words, IReadOnlyList<string> compounds)
    {
        var terms = new List<string>();
        var folded = words.Select(w => Marketplace.Localization.VietnameseFolding.Fold(w)).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var at = i;
            var compound = compounds.Select(c => c.Split(' ')).FirstOrDefault(c => at + c.Length <= words.Count && folded.Skip(at).Take(c.Length).SequenceEqual(c, StringComparer.Ordinal));
            if (compound is { Length: > 1 })
            {
                terms.Add(string.Join(' ', words.Skip(at).Take(compound.Length)));
                i += compound.Length - 1;
            }
            else
            {
                terms.Add(words[i]);
            }
        }

        return terms;
    }

    private static string Quote(string word) => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Fold(string? text) => (text ?? string.Empty).Replace('đ', 'd').Replace('Đ', 'D');

    private static string Join(params string?[] parts) => string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static SqliteCommand Command(SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
