using Marketplace.Inquiries;
using static Marketplace.Inquiries.InquiryAction;
using static Marketplace.Inquiries.InquiryParty;
using static Marketplace.Inquiries.InquiryState;

namespace Marketplace.Core.Tests.Inquiries;

/// <summary>Every move of every party from every state (240 of them): the allowed ones written out here, all others refused.</summary>
public sealed class InquiryStateMachineTests
{
    /// <summary>The rule as a purchasing manager and a cooperative director would state it, one line per allowed move.</summary>
    private static readonly (InquiryState From, InquiryAction Action, InquiryParty By, InquiryState To)[] Allowed =
    [
        (Sent, View, Cooperative, Viewed),
        (Viewed, View, Cooperative, Viewed),
        (Answered, View, Cooperative, Answered),
        (Quoted, View, Cooperative, Quoted),

        (Sent, Message, Cooperative, Answered),
        (Viewed, Message, Cooperative, Answered),
        (Answered, Message, Cooperative, Answered),
        (Quoted, Message, Cooperative, Quoted),
        (Accepted, Message, Cooperative, Accepted),
        (Sent, Message, Buyer, Sent),
        (Viewed, Message, Buyer, Viewed),
        (Answered, Message, Buyer, Answered),
        (Quoted, Message, Buyer, Quoted),
        (Accepted, Message, Buyer, Accepted),

        (Sent, Quote, Cooperative, Quoted),
        (Viewed, Quote, Cooperative, Quoted),
        (Answered, Quote, Cooperative, Quoted),
        (Quoted, Quote, Cooperative, Quoted),

        (Answered, RequestSample, Buyer, Answered),
        (Quoted, RequestSample, Buyer, Quoted),
        (Answered, SendSample, Cooperative, Answered),
        (Quoted, SendSample, Cooperative, Quoted),

        (Quoted, Accept, Buyer, Accepted),

        (Sent, Decline, Buyer, Declined),
        (Viewed, Decline, Buyer, Declined),
        (Answered, Decline, Buyer, Declined),
        (Quoted, Decline, Buyer, Declined),
        (Sent, Decline, Cooperative, Declined),
        (Viewed, Decline, Cooperative, Declined),
        (Answered, Decline, Cooperative, Declined),
        (Quoted, Decline, Cooperative, Declined),

        (Sent, ReportSpam, Cooperative, Declined),
        (Viewed, ReportSpam, Cooperative, Declined),
        (Answered, ReportSpam, Cooperative, Declined),
        (Quoted, ReportSpam, Cooperative, Declined),

        (Sent, Withdraw, Buyer, Withdrawn),
        (Viewed, Withdraw, Buyer, Withdrawn),
        (Answered, Withdraw, Buyer, Withdrawn),
        (Quoted, Withdraw, Buyer, Withdrawn),

        (Sent, Expire, InquiryParty.System, Expired),
        (Viewed, Expire, InquiryParty.System, Expired),
        (Answered, Expire, InquiryParty.System, Expired),
        (Quoted, Expire, InquiryParty.System, Expired),
    ];

    public static TheoryData<InquiryState, InquiryAction, InquiryParty> EveryMove()
    {
        var moves = new TheoryData<InquiryState, InquiryAction, InquiryParty>();
        foreach (var from in Enum.GetValues<InquiryState>())
        {
            foreach (var action in Enum.GetValues<InquiryAction>())
            {
                foreach (var by in Enum.GetValues<InquiryParty>())
                {
                    moves.Add(from, action, by);
                }
            }
        }

        return moves;
    }

    [Theory]
    [MemberData(nameof(EveryMove))]
    public void A_move_is_allowed_exactly_when_the_rule_lists_it(InquiryState from, InquiryAction action, InquiryParty by)
    {
        var expected = Allowed.Where(m => m.From == from && m.Action == action && m.By == by).Select(m => (InquiryState?)m.To).SingleOrDefault();

        Assert.Equal(expected, InquiryStateMachine.Next(from, action, by));
    }

    [Fact]
    public void The_table_covers_every_move()
    {
        Assert.Equal(8 * 10 * 3, EveryMove().Count());
        Assert.Equal(Allowed.Length, Allowed.Distinct().Count());
    }

    [Theory]
    [InlineData(Accepted)]
    [InlineData(Declined)]
    [InlineData(Withdrawn)]
    [InlineData(Expired)]
    public void An_ended_thread_never_moves_to_another_state(InquiryState ended)
    {
        foreach (var action in Enum.GetValues<InquiryAction>())
        {
            foreach (var by in Enum.GetValues<InquiryParty>())
            {
                Assert.True(InquiryStateMachine.Next(ended, action, by) is null || InquiryStateMachine.Next(ended, action, by) == ended);
            }
        }
    }

    [Theory]
    [InlineData(Message, Cooperative, true)]
    [InlineData(Quote, Cooperative, true)]
    [InlineData(Decline, Cooperative, true)]
    [InlineData(ReportSpam, Cooperative, true)]
    [InlineData(View, Cooperative, false)]
    [InlineData(SendSample, Cooperative, false)]
    [InlineData(Message, Buyer, false)]
    [InlineData(Decline, Buyer, false)]
    public void Only_a_cooperatives_message_quote_decline_or_spam_report_counts_as_an_answer(InquiryAction action, InquiryParty by, bool answer) =>
        Assert.Equal(answer, InquiryStateMachine.IsAnswer(action, by));
}
