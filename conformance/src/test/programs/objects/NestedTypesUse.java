package objs;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/** Static nested records, enums and classes used from the outer class, from each other, and from a second top-level class. */
@MicroPython
public class NestedTypesUse {
  enum Suit { CLUBS, DIAMONDS, HEARTS, SPADES }

  record Card(int rank, Suit suit) {
    boolean red() {
      return suit == Suit.HEARTS || suit == Suit.DIAMONDS;
    }

    String label() {
      String r = switch (rank) {
        case 1 -> "A";
        case 11 -> "J";
        case 12 -> "Q";
        case 13 -> "K";
        default -> "" + rank;
      };
      return r + suit.name().charAt(0);
    }
  }

  static class Deck {
    private final List<Card> cards = new ArrayList<>();

    Deck(int maxRank) {
      for (Suit s : Suit.values()) {
        for (int r = 1; r <= maxRank; r++) {
          cards.add(new Card(r, s));
        }
      }
    }

    Card draw() {
      return cards.remove(cards.size() - 1);
    }

    int size() {
      return cards.size();
    }
  }

  static int total = 0;

  public static void main(String[] args) {
    Deck deck = new Deck(3);
    System.out.println("deck size " + deck.size());
    Hand hand = new Hand();
    for (int i = 0; i < 5; i++) {
      hand.take(deck.draw());
    }
    System.out.println("hand: " + hand.describe());
    System.out.println("red cards: " + hand.countRed() + ", deck left " + deck.size());
    Card first = new Card(1, Suit.SPADES);
    System.out.println(first + " label " + first.label() + ", equal to a new one: " + first.equals(new Card(1, Suit.SPADES)));
    System.out.println("total rank taken: " + total);
  }
}

@MicroPython
class Hand {
  private final List<NestedTypesUse.Card> held = new ArrayList<>();

  void take(NestedTypesUse.Card c) {
    held.add(c);
    NestedTypesUse.total += c.rank();
  }

  int countRed() {
    int n = 0;
    for (NestedTypesUse.Card c : held) {
      if (c.red()) {
        n++;
      }
    }
    return n;
  }

  String describe() {
    String s = "";
    for (NestedTypesUse.Card c : held) {
      s += c.label() + (c.suit() == NestedTypesUse.Suit.SPADES ? "! " : " ");
    }
    return s.trim();
  }
}
