using Marketplace.Localization;

namespace Marketplace.Search.SearchCatalogue;

/// <summary>
/// Ways buyers name the same goods in Vietnamese and English (category names in both languages are already indexed;
/// these cover the words categories do not: trade names, regional names, plain English). A query that contains one
/// member of a group is also run with each other member in its place.
/// </summary>
public static class Synonyms
{
    private static readonly string[][] Groups =
    [
        ["thanh long", "dragon fruit", "dragonfruit", "pitaya", "pitahaya"],
        ["sầu riêng", "durian"],
        ["xoài", "mango"],
        ["vải thiều", "vải", "lychee", "litchi"],
        ["nhãn", "longan"],
        ["bưởi", "pomelo"],
        ["cam", "orange"],
        ["chuối", "banana"],
        ["dừa", "coconut"],
        ["cà phê", "coffee"],
        ["chè", "trà", "tea"],
        ["chè xanh", "trà xanh", "green tea"],
        ["hồ tiêu", "tiêu", "pepper", "black pepper"],
        ["điều", "hạt điều", "cashew"],
        ["ca cao", "cacao", "cocoa"],
        ["quế", "cinnamon", "cassia"],
        ["hồi", "star anise"],
        ["gạo", "rice"],
        ["mật ong", "honey"],
        ["nước mắm", "fish sauce"],
        ["tôm", "shrimp", "prawn"],
        ["cá tra", "pangasius"],
        ["yến sào", "tổ yến", "bird's nest", "edible bird nest"],
        ["sâm ngọc linh", "ngoc linh ginseng"],
        ["tỏi", "garlic"],
        ["hành tím", "shallot"],
        ["rau", "vegetables"],
        ["nấm", "mushroom"],
        ["hữu cơ", "organic"],
        ["đặc sản", "specialty", "speciality"],
        ["gà", "chicken"],
        ["bánh tráng", "rice paper"],
        ["cói", "sedge"],
        ["mây tre", "rattan bamboo", "bamboo and rattan"],
        ["thổ cẩm", "brocade"],
        ["lụa", "silk"],
        ["gốm", "ceramics", "pottery"],
        ["sơn mài", "lacquer"],
        ["nón lá", "conical hat"],
    ];

    /// <summary>Each member, longest first, with its words as written (lower case) and folded.</summary>
    private static readonly (string[] Written, string[] Folded, string[][] Others)[] Members = Groups
        .SelectMany(group => group.Select(member => (
            Written: Words(member, fold: false),
            Folded: Words(member, fold: true),
            Others: group.Where(other => other != member).Select(other => Words(other, fold: true)).ToArray())))
        .OrderByDescending(m => m.Folded.Length)
        .ToArray();

    /// <summary>Every synonym of more than one word, as written.</summary>
    public static IEnumerable<string> Phrases => Groups.SelectMany(g => g).Where(member => member.Contains(' ', StringComparison.Ordinal));

    /// <summary>
    /// The query with each recognised phrase replaced by its synonyms (at most <paramref name="max"/>). A word typed
    /// with its marks must match a member's word with the same marks ("chuỗi", chain, is not "chuối", banana); a word
    /// typed without marks matches either. A span recognised as a longer member is not matched again by a shorter one.
    /// </summary>
    public static IReadOnlyList<string> Alternatives(string? query, int max = 4)
    {
        var written = Words(query, fold: false);
        var folded = Words(query, fold: true);
        var taken = new bool[folded.Length];
        var alternatives = new List<string>();
        foreach (var (memberWritten, memberFolded, others) in Members)
        {
            var at = IndexOf(written, folded, memberWritten, memberFolded, taken);
            if (at < 0)
            {
                continue;
            }

            for (var k = at; k < at + memberFolded.Length; k++)
            {
                taken[k] = true;
            }

            foreach (var other in others)
            {
                var alternative = string.Join(' ', folded[..at].Concat(other).Concat(folded[(at + memberFolded.Length)..]));
                if (alternatives.Count < max && !alternatives.Contains(alternative))
                {
                    alternatives.Add(alternative);
                }
            }
        }

        return alternatives;
    }

    private static string[] Words(string? text, bool fold) =>
        (fold ? VietnameseFolding.Fold(text) : TextNormalizer.Clean(text).ToLowerInvariant())
            .Split((char[])[' ', ',', '.', ';', '\'', '-', '/'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Where the member stands in the query, on words not yet taken; -1 when it does not.</summary>
    private static int IndexOf(string[] written, string[] folded, string[] memberWritten, string[] memberFolded, bool[] taken)
    {
        for (var i = 0; i + memberFolded.Length <= folded.Length; i++)
        {
            var at = i;
            if (Enumerable.Range(0, memberFolded.Length).All(k => !taken[at + k] && SameWord(written[at + k], folded[at + k], memberWritten[k], memberFolded[k])))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Typed without marks: any marks do; typed with marks: the same marks.</summary>
    private static bool SameWord(string typed, string typedFolded, string member, string memberFolded) =>
        typedFolded == memberFolded && (typed == typedFolded || typed == member);
}
