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

    private static readonly (string[] Words, string[][] Others)[] Folded = Groups
        .SelectMany(group => group.Select(member => (
            Words: Words(member),
            Others: group.Where(other => other != member).Select(Words).ToArray())))
        .OrderByDescending(g => g.Words.Length)
        .ToArray();

    /// <summary>Every synonym of more than one word, as written.</summary>
    public static IEnumerable<string> Phrases => Groups.SelectMany(g => g).Where(member => member.Contains(' ', StringComparison.Ordinal));

    /// <summary>The query with each recognised phrase replaced by its synonyms (at most <paramref name="max"/>).</summary>
    public static IReadOnlyList<string> Alternatives(string? query, int max = 8)
    {
        var words = Words(query);
        var alternatives = new List<string>();
        foreach (var (member, others) in Folded)
        {
            var at = IndexOf(words, member);
            if (at < 0)
            {
                continue;
            }

            foreach (var other in others)
            {
                var replaced = words[..at].Concat(other).Concat(words[(at + member.Length)..]);
                var alternative = string.Join(' ', replaced);
                if (!alternatives.Contains(alternative) && alternatives.Count < max)
                {
                    alternatives.Add(alternative);
                }
            }
        }

        return alternatives;
    }

    private static string[] Words(string? text) =>
        VietnameseFolding.Fold(text).Split((char[])[' ', ',', '.', ';', '\'', '-', '/'], StringSplitOptions.RemoveEmptyEntries);

    private static int IndexOf(string[] words, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= words.Length; i++)
        {
            if (words.AsSpan(i, phrase.Length).SequenceEqual(phrase))
            {
                return i;
            }
        }

        return -1;
    }
}
