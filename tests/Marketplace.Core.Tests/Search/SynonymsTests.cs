using Marketplace.Search.SearchCatalogue;

namespace Marketplace.Core.Tests.Search;

public sealed class SynonymsTests
{
    [Fact]
    public void English_and_Vietnamese_names_stand_for_each_other()
    {
        Assert.Contains("thanh long", Synonyms.Alternatives("dragon fruit"));
        Assert.Contains("dragon fruit ruot do", Synonyms.Alternatives("thanh long ruột đỏ"));
        Assert.Contains("fish sauce phu quoc", Synonyms.Alternatives("nuoc mam Phu Quoc"));
    }

    [Fact]
    public void A_word_typed_with_its_marks_does_not_stand_for_another_word_with_other_marks()
    {
        // chuỗi (chain) is not chuối (banana); nhân (kernel) is not nhãn (longan); lúa (paddy) is not lụa (silk).
        Assert.Empty(Synonyms.Alternatives("chuỗi siêu thị"));
        Assert.DoesNotContain(Synonyms.Alternatives("điều nhân"), a => a.Contains("longan", StringComparison.Ordinal));
        Assert.Contains("cashew nhan", Synonyms.Alternatives("điều nhân"));
        Assert.DoesNotContain(Synonyms.Alternatives("lúa gạo"), a => a.Contains("silk", StringComparison.Ordinal));

        // Typed without marks, it may be either.
        Assert.Contains("banana", Synonyms.Alternatives("chuoi"));
    }

    [Fact]
    public void A_phrase_is_replaced_once_as_a_whole_and_alternatives_stay_few()
    {
        var lychee = Synonyms.Alternatives("vải thiều Lục Ngạn");
        Assert.Contains("lychee luc ngan", lychee);
        Assert.DoesNotContain(lychee, a => a.Contains("thieu thieu", StringComparison.Ordinal) || a.Contains("lychee thieu", StringComparison.Ordinal));
        Assert.True(Synonyms.Alternatives("thanh long dragon fruit sầu riêng durian xoài mango").Count <= 4);
    }
}
