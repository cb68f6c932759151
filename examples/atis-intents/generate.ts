// Generates the ATIS-style airline intent dataset in examples/atis-intents/ deterministically:
// the same seed gives the same bytes. Run: npm run examples
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const INTENTS = [
  'abbreviation',
  'aircraft',
  'aircraft+flight+flight_no',
  'airfare',
  'airfare+flight_time',
  'airline',
  'airline+flight_no',
  'airport',
  'capacity',
  'cheapest',
  'city',
  'distance',
  'flight',
  'flight+airfare',
  'flight_no',
  'flight_time',
  'ground_fare',
  'ground_service',
  'ground_service+ground_fare',
  'meal',
  'quantity',
  'restriction',
] as const;
export type Intent = (typeof INTENTS)[number];

export const SYSTEM_PROMPT =
  `Classify the airline customer query into exactly one of these ${INTENTS.length} intents: ${INTENTS.join(', ')}. ` +
  'Respond with only the intent name.';

/** Real ATIS traffic is dominated by flight searches; the rest is a long tail. */
const SHARE: Record<Intent, number> = {
  flight: 0.7,
  airfare: 0.085,
  ground_service: 0.05,
  airline: 0.032,
  abbreviation: 0.03,
  aircraft: 0.016,
  flight_time: 0.012,
  quantity: 0.01,
  'flight+airfare': 0.008,
  airport: 0.006,
  distance: 0.006,
  city: 0.005,
  ground_fare: 0.005,
  capacity: 0.005,
  flight_no: 0.004,
  meal: 0.004,
  restriction: 0.004,
  'airline+flight_no': 0.003,
  'ground_service+ground_fare': 0.003,
  'airfare+flight_time': 0.003,
  'aircraft+flight+flight_no': 0.002,
  cheapest: 0.002,
};

const CITIES = [
  'boston',
  'denver',
  'atlanta',
  'pittsburgh',
  'dallas',
  'san francisco',
  'baltimore',
  'philadelphia',
  'washington',
  'oakland',
  'new york',
  'charlotte',
  'milwaukee',
  'seattle',
  'salt lake city',
  'phoenix',
  'orlando',
  'miami',
  'detroit',
  'houston',
  'las vegas',
  'memphis',
  'minneapolis',
  'st. louis',
  'cincinnati',
  'indianapolis',
  'kansas city',
  'long beach',
  'nashville',
  'newark',
  'san diego',
  'san jose',
  'tampa',
  'toronto',
  'montreal',
  'columbus',
  'cleveland',
  'burbank',
  'ontario',
  'westchester county',
];
const AIRLINES = [
  'american airlines',
  'united',
  'delta',
  'continental',
  'us air',
  'northwest',
  'twa',
  'alaska airlines',
  'america west',
  'lufthansa',
  'midwest express',
  'canadian airlines',
  'eastern',
];
const CODES = ['aa', 'ua', 'dl', 'co', 'us', 'nw', 'tw', 'as', 'hp', 'lh', 'yx', 'cp', 'ea'];
const FARE_CODES = ['y', 'f', 'h', 'qx', 'bh', 'm', 'q', 'ap/57', 'ap/80', 'fn', 'qo', 'yn', 'b'];
const OTHER_ABBREVIATIONS = ['ap', 'ea', 'mco', 'bwi', 'dfw', 'sfo', 'lax', 'jfk', 'ewr', 'ord', 'atl', 'den'];
const AIRPORTS = [
  'logan',
  'general mitchell',
  'love field',
  'dfw',
  'bwi',
  'sfo',
  'lax',
  'jfk',
  'laguardia',
  'newark international',
  "o'hare",
  'hartsfield',
  'stapleton',
  'midway',
  'dulles',
  'national',
];
const DAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'tomorrow',
  'next monday',
  'next friday',
  'this weekend',
];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const PERIODS = ['morning', 'afternoon', 'evening', 'night', 'early morning', 'late evening'];
const AIRCRAFT = [
  'boeing 737',
  'boeing 757',
  'boeing 767',
  'dc10',
  'dc9',
  'md80',
  'airbus a320',
  'lockheed l1011',
  'fokker 100',
  'turboprop',
  'jet',
  'boeing 747',
  '72s',
  'd9s',
];
const MEALS = ['breakfast', 'lunch', 'dinner', 'a snack', 'a meal', 'a vegetarian meal', 'kosher meals'];
const GROUND = [
  'ground transportation',
  'a limousine',
  'a rental car',
  'a taxi',
  'the airport shuttle',
  'bus service',
  'car rentals',
];
const CLASSES = ['first class', 'coach', 'business class', 'economy', 'thrift', 'round trip', 'one way'];

/** mulberry32: a small, fast, seedable PRNG, so the dataset is the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

function slots(r: Rand) {
  const from = pick(r, CITIES);
  let to = pick(r, CITIES);
  while (to === from) to = pick(r, CITIES);
  const hour = 1 + Math.floor(r() * 12);
  const minute = pick(r, ['', ':15', ':30', ':45']);
  return {
    from,
    to,
    city: pick(r, CITIES),
    airline: pick(r, AIRLINES),
    code: pick(r, CODES),
    fare: pick(r, FARE_CODES),
    abbr: pick(r, OTHER_ABBREVIATIONS),
    airport: pick(r, AIRPORTS),
    day: pick(r, DAYS),
    period: pick(r, PERIODS),
    date: `${pick(r, MONTHS)} ${pick(r, ['first', 'second', 'fifth', 'tenth', 'fifteenth', 'twentieth', 'twenty third', 'thirtieth'])}`,
    time: `${hour}${minute} ${pick(r, ['am', 'pm', "o'clock"])}`,
    aircraft: pick(r, AIRCRAFT),
    meal: pick(r, MEALS),
    ground: pick(r, GROUND),
    class: pick(r, CLASSES),
    no: String(100 + Math.floor(r() * 1900)),
  };
}
type Slots = ReturnType<typeof slots>;

const TEMPLATES: Record<Intent, Array<(s: Slots) => string>> = {
  flight: [
    (s) => `show me flights from ${s.from} to ${s.to}`,
    (s) => `i want to fly from ${s.from} to ${s.to} on ${s.day}`,
    (s) => `list all flights leaving ${s.from} ${s.day} ${s.period} arriving in ${s.to}`,
    (s) => `what flights go from ${s.from} to ${s.to} on ${s.date}`,
    (s) => `i need a flight from ${s.from} to ${s.to} leaving after ${s.time}`,
    (s) => `are there any nonstop flights from ${s.from} to ${s.to} ${s.day}`,
    (s) => `find me a ${s.airline} flight from ${s.from} to ${s.to}`,
    (s) => `please give me flights between ${s.from} and ${s.to} in the ${s.period}`,
    (s) => `what ${s.period} flights do you have from ${s.from} to ${s.to} with a stop in ${s.city}`,
    (s) => `i'd like to go to ${s.to} from ${s.from} ${s.day} before ${s.time}`,
    (s) => `do you have a red eye from ${s.from} to ${s.to}`,
    (s) => `which flights depart ${s.from} for ${s.to} on ${s.date} in the ${s.period}`,
    (s) => `can you book me on a flight to ${s.to} from ${s.from} ${s.day}`,
    (s) => `what is the last flight from ${s.from} to ${s.to} ${s.day}`,
    (s) => `is there a connecting flight from ${s.from} to ${s.to} through ${s.city}`,
    (s) => `get me on the earliest flight out of ${s.from} to ${s.to} on ${s.date}`,
  ],
  airfare: [
    (s) => `how much does it cost to fly from ${s.from} to ${s.to}`,
    (s) => `what is the fare from ${s.from} to ${s.to} ${s.class}`,
    (s) => `show me the ${s.class} fares from ${s.from} to ${s.to}`,
    (s) => `what's the price of a ${s.class} ticket to ${s.to} from ${s.from} on ${s.airline}`,
    (s) => `give me the airfare between ${s.from} and ${s.to} on ${s.day}`,
    (s) => `how expensive is a ticket from ${s.from} to ${s.to} in ${s.class}`,
  ],
  ground_service: [
    (s) => `what ${s.ground} is available in ${s.city}`,
    (s) => `is there ${s.ground} from the ${s.city} airport to downtown`,
    (s) => `how do i get from ${s.airport} to the city center`,
    (s) => `show me ${s.ground} in ${s.city} on ${s.day}`,
    (s) => `i need ${s.ground} when i land in ${s.city}`,
  ],
  airline: [
    (s) => `which airlines fly from ${s.from} to ${s.to}`,
    (s) => `what airline is ${s.code}`,
    (s) => `show me the airlines that serve ${s.city}`,
    (s) => `which carriers have service between ${s.from} and ${s.to}`,
    (s) => `what airlines have flights out of ${s.city} in the ${s.period}`,
  ],
  abbreviation: [
    (s) => `what does fare code ${s.fare} mean`,
    (s) => `what is ${s.abbr}`,
    (s) => `explain the restriction code ${s.fare}`,
    (s) => `what does the abbreviation ${s.abbr} stand for`,
    (s) => `define ${s.fare} please`,
  ],
  aircraft: [
    (s) => `what kind of aircraft flies from ${s.from} to ${s.to}`,
    (s) => `what type of plane is a ${s.aircraft}`,
    (s) => `which planes does ${s.airline} use between ${s.from} and ${s.to}`,
    (s) => `tell me about the ${s.aircraft} aircraft`,
  ],
  flight_time: [
    (s) => `what time does the flight from ${s.from} to ${s.to} leave`,
    (s) => `what are the departure times from ${s.from} to ${s.to} on ${s.day}`,
    (s) => `when does the ${s.airline} flight to ${s.to} arrive`,
    (s) => `give me the schedule of flights from ${s.from} to ${s.to}`,
  ],
  quantity: [
    (s) => `how many flights does ${s.airline} have from ${s.from} to ${s.to}`,
    (s) => `how many airlines fly into ${s.city}`,
    (s) => `how many flights leave ${s.city} on ${s.day}`,
    (s) => `count the nonstop flights between ${s.from} and ${s.to}`,
  ],
  'flight+airfare': [
    (s) => `show me flights and fares from ${s.from} to ${s.to}`,
    (s) => `list flights from ${s.from} to ${s.to} with their prices`,
    (s) => `i want the flights and the ${s.class} fares between ${s.from} and ${s.to} on ${s.day}`,
  ],
  airport: [
    (s) => `what airports are in ${s.city}`,
    (s) => `which airport is closest to downtown ${s.city}`,
    (s) => `list the airports that ${s.airline} uses in ${s.city}`,
  ],
  distance: [
    (s) => `how far is ${s.airport} from downtown ${s.city}`,
    (s) => `what is the distance from ${s.from} to ${s.to}`,
    (s) => `how many miles is it between ${s.from} and ${s.to}`,
  ],
  city: [
    (s) => `what city is ${s.airport} in`,
    (s) => `which cities does ${s.airline} fly to from ${s.city}`,
    (s) => `where is the ${s.abbr} airport located`,
  ],
  ground_fare: [
    (s) => `how much does ${s.ground} cost in ${s.city}`,
    (s) => `what is the price of ${s.ground} from ${s.airport}`,
    (s) => `how much is a taxi from the airport to downtown ${s.city}`,
  ],
  capacity: [
    (s) => `how many passengers fit on a ${s.aircraft}`,
    (s) => `what is the seating capacity of the ${s.aircraft}`,
    (s) => `how many seats does a ${s.aircraft} have`,
  ],
  flight_no: [
    (s) => `what is the flight number of the ${s.time} flight from ${s.from} to ${s.to}`,
    (s) => `give me the flight numbers from ${s.from} to ${s.to} on ${s.day}`,
    (s) => `which flight number leaves ${s.from} for ${s.to} in the ${s.period}`,
  ],
  meal: [
    (s) => `does the flight from ${s.from} to ${s.to} serve ${s.meal}`,
    (s) => `what meals are served on ${s.airline} flight ${s.no}`,
    (s) => `is ${s.meal} served on the ${s.period} flight to ${s.to}`,
  ],
  restriction: [
    (s) => `what are the restrictions on the cheapest fare from ${s.from} to ${s.to}`,
    (s) => `what restrictions apply to fare code ${s.fare}`,
    (s) => `are there restrictions on ${s.class} tickets on ${s.airline}`,
  ],
  'airline+flight_no': [
    (s) => `what airline and flight number goes from ${s.from} to ${s.to} at ${s.time}`,
    (s) => `give me the airline and flight number of the ${s.period} flight to ${s.to}`,
  ],
  'ground_service+ground_fare': [
    (s) => `what ${s.ground} is there in ${s.city} and how much does it cost`,
    (s) => `list ${s.ground} options and prices at ${s.airport}`,
  ],
  'airfare+flight_time': [
    (s) => `what are the fares and departure times from ${s.from} to ${s.to}`,
    (s) => `give me prices and schedules for flights from ${s.from} to ${s.to} on ${s.day}`,
  ],
  'aircraft+flight+flight_no': [
    (s) => `list the flights with flight numbers and aircraft types from ${s.from} to ${s.to}`,
    (s) => `which planes and flight numbers fly from ${s.from} to ${s.to} on ${s.day}`,
  ],
  cheapest: [
    (s) => `what is the cheapest fare from ${s.from} to ${s.to}`,
    (s) => `find me the lowest fare to ${s.to} from ${s.from}`,
    (s) => `which is the least expensive ticket between ${s.from} and ${s.to}`,
  ],
};

const PREFIXES = ['', '', '', '', 'please ', 'can you ', 'i would like to know ', 'hi ', 'ok '];
const SUFFIXES = ['', '', '', '', ' please', ' thanks', '?', ' thank you'];

/** Real traffic has typos: swap two letters or drop one, in a few queries. */
function typo(r: Rand, text: string): string {
  if (r() > 0.08) return text;
  const words = text.split(' ');
  const i = Math.floor(r() * words.length);
  const w = words[i]!;
  if (w.length < 4) return text;
  const j = 1 + Math.floor(r() * (w.length - 2));
  words[i] = r() < 0.5 ? w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2) : w.slice(0, j) + w.slice(j + 1);
  return words.join(' ');
}

export function query(r: Rand, intent: Intent): string {
  const text = pick(r, PREFIXES) + pick(r, TEMPLATES[intent])(slots(r)) + pick(r, SUFFIXES);
  return typo(r, text);
}

export function record(intent: Intent, text: string): string {
  return JSON.stringify({
    schemaVersion: 'bedrock-conversation-2024',
    system: [{ text: SYSTEM_PROMPT }],
    messages: [
      { role: 'user', content: [{ text }] },
      { role: 'assistant', content: [{ text: intent }] },
    ],
  });
}

export interface Split {
  readonly train: Array<[Intent, string]>;
  readonly test: Array<[Intent, string]>;
}

/** Disjoint train and test sets with the skewed label balance and every label present in both. */
export function generate(seed = 20_260_101, trainSize = 2000, testSize = 300): Split {
  const r = prng(seed);
  const seen = new Set<string>();
  const draw = (intent: Intent): string => {
    for (let attempt = 0; attempt < 200; attempt++) {
      const text = query(r, intent);
      const key = text.toLowerCase().replace(/\s+/g, ' ').trim();
      if (!seen.has(key)) {
        seen.add(key);
        return text;
      }
    }
    throw new Error(`could not draw a new query for ${intent}`);
  };
  const build = (size: number, floor: number): Array<[Intent, string]> => {
    const counts = INTENTS.map((i) => Math.max(floor, Math.round(SHARE[i] * size)));
    const flight = INTENTS.indexOf('flight');
    counts[flight] = counts[flight]! - (counts.reduce((a, b) => a + b, 0) - size);
    const rows: Array<[Intent, string]> = [];
    INTENTS.forEach((intent, k) => {
      for (let n = 0; n < counts[k]!; n++) rows.push([intent, draw(intent)]);
    });
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [rows[i], rows[j]] = [rows[j]!, rows[i]!];
    }
    return rows;
  };
  const test = build(testSize, 2);
  const train = build(trainSize, 8);
  return { train, test };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.dirname(fileURLToPath(import.meta.url));
  const { train, test } = generate();
  writeFileSync(path.join(dir, 'train.jsonl'), train.map(([i, t]) => record(i, t)).join('\n') + '\n');
  writeFileSync(path.join(dir, 'test.jsonl'), test.map(([i, t]) => record(i, t)).join('\n') + '\n');
  process.stdout.write(
    `wrote ${train.length} training and ${test.length} test records to ${path.relative(process.cwd(), dir)}\n`,
  );
}
