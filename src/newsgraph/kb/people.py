"""Political office holders with dated roles.

Heads of state and government, foreign and defence ministers of the G20 and
of countries in armed conflict since 2010, plus leaders of IGOs and armed
groups that the news names by surname. Written from general knowledge of
public office records (government and organisation websites); dates are the
day of taking and leaving office (inclusive), ``..`` open-ended. A role's
country ``IGO:UN`` means country IGO with org UN.

Row: ``Name; alias; ... | gender | role / role / ...`` where a role is
``CTRY SECTOR START..END title``.
"""

from __future__ import annotations

import re
from datetime import date

from newsgraph.kb.model import KBEntry, Role

_PEOPLE = """
George W. Bush;George Bush;Bush|m|USA GOV 2001-01-20..2009-01-20 president
Barack Obama;Obama|m|USA LEG 2005-01-03..2008-11-16 senator / USA GOV 2009-01-20..2017-01-20 president
Donald Trump;Trump;Donald J. Trump|m|USA GOV 2017-01-20..2021-01-20 president / USA GOV 2025-01-20.. president
Joe Biden;Biden;Joseph Biden;Joseph R. Biden|m|USA LEG 1973-01-03..2009-01-15 senator / USA GOV 2009-01-20..2017-01-20 vice president / USA GOV 2021-01-20..2025-01-20 president
Kamala Harris|f|USA LEG 2017-01-03..2021-01-18 senator / USA GOV 2021-01-20..2025-01-20 vice president
Mike Pence|m|USA GOV 2017-01-20..2021-01-20 vice president
JD Vance;J.D. Vance|m|USA LEG 2023-01-03..2025-01-10 senator / USA GOV 2025-01-20.. vice president
Colin Powell|m|USA GOV 2001-01-20..2005-01-26 secretary of state
Condoleezza Rice|f|USA GOV 2005-01-26..2009-01-20 secretary of state
Hillary Clinton;Hillary Rodham Clinton|f|USA GOV 2009-01-21..2013-02-01 secretary of state
John Kerry|m|USA GOV 2013-02-01..2017-01-20 secretary of state
Rex Tillerson|m|USA GOV 2017-02-01..2018-03-31 secretary of state
Mike Pompeo|m|USA SPY 2017-01-23..2018-04-26 CIA director / USA GOV 2018-04-26..2021-01-20 secretary of state
Antony Blinken;Tony Blinken|m|USA GOV 2021-01-26..2025-01-20 secretary of state
Marco Rubio|m|USA LEG 2011-01-03..2025-01-20 senator / USA GOV 2025-01-21.. secretary of state
Donald Rumsfeld|m|USA GOV 2001-01-20..2006-12-18 defence minister
Robert Gates|m|USA GOV 2006-12-18..2011-06-30 defence minister
Leon Panetta|m|USA GOV 2011-07-01..2013-02-26 defence minister
Chuck Hagel|m|USA GOV 2013-02-27..2015-02-17 defence minister
Ash Carter;Ashton Carter|m|USA GOV 2015-02-17..2017-01-20 defence minister
Jim Mattis;James Mattis|m|USA GOV 2017-01-20..2018-12-31 defence minister
Mark Esper|m|USA GOV 2019-07-23..2020-11-09 defence minister
Lloyd Austin|m|USA GOV 2021-01-22..2025-01-20 defence minister
Pete Hegseth|m|USA GOV 2025-01-25.. defence minister
Mikhail Gorbachev|m|RUS GOV 1985-03-11..1991-12-25 head of state
Boris Yeltsin|m|RUS GOV 1991-07-10..1999-12-31 president
Andrei Kozyrev|m|RUS GOV 1990-10-11..1996-01-05 foreign minister
Vladimir Putin;Putin;Vladimir Vladimirovich Putin|m|RUS GOV 1999-08-09..1999-12-30 prime minister / RUS GOV 1999-12-31..2008-05-06 president / RUS GOV 2008-05-08..2012-05-06 prime minister / RUS GOV 2012-05-07.. president
Dmitry Medvedev;Dmitri Medvedev|m|RUS GOV 2008-05-07..2012-05-06 president / RUS GOV 2012-05-08..2020-01-15 prime minister / RUS GOV 2020-01-16.. deputy chairman of the security council
Mikhail Mishustin|m|RUS GOV 2020-01-16.. prime minister
Sergey Lavrov;Sergei Lavrov;Lavrov|m|RUS GOV 2004-03-09.. foreign minister
Anatoly Serdyukov|m|RUS GOV 2007-02-15..2012-11-06 defence minister
Sergei Shoigu;Sergey Shoigu;Shoigu|m|RUS GOV 2012-11-06..2024-05-12 defence minister / RUS GOV 2024-05-12.. security council secretary
Andrei Belousov;Andrey Belousov|m|RUS GOV 2024-05-14.. defence minister
Valery Gerasimov|m|RUS MIL 2012-11-09.. chief of the general staff
Maria Zakharova|f|RUS GOV 2015-08-10.. spokeswoman
Dmitry Peskov;Dmitri Peskov|m|RUS GOV 2012-05-22.. spokesman
Yevgeny Prigozhin;Prigozhin|m|RUS MIL 2014-05-01..2023-08-23 commander
Hu Jintao|m|CHN GOV 2003-03-15..2013-03-14 president
Xi Jinping|m|CHN GOV 2008-03-15..2013-03-13 vice president / CHN GOV 2013-03-14.. president
Wen Jiabao|m|CHN GOV 2003-03-16..2013-03-15 prime minister
Li Keqiang|m|CHN GOV 2013-03-15..2023-03-11 prime minister
Li Qiang|m|CHN GOV 2023-03-11.. prime minister
Yang Jiechi|m|CHN GOV 2007-04-27..2013-03-16 foreign minister
Wang Yi|m|CHN GOV 2013-03-16..2022-12-30 foreign minister / CHN GOV 2022-12-31..2023-07-24 foreign affairs director / CHN GOV 2023-07-25.. foreign minister
Qin Gang|m|CHN GOV 2022-12-30..2023-07-25 foreign minister
Chang Wanquan|m|CHN GOV 2013-03-16..2018-03-19 defence minister
Wei Fenghe|m|CHN GOV 2018-03-19..2023-03-12 defence minister
Li Shangfu|m|CHN GOV 2023-03-12..2023-10-24 defence minister
Dong Jun|m|CHN GOV 2023-12-29.. defence minister
Tony Blair|m|GBR GOV 1997-05-02..2007-06-27 prime minister
Gordon Brown|m|GBR GOV 2007-06-27..2010-05-11 prime minister
David Cameron|m|GBR GOV 2010-05-11..2016-07-13 prime minister / GBR GOV 2023-11-13..2024-07-05 foreign minister
Theresa May|f|GBR GOV 2016-07-13..2019-07-24 prime minister
Boris Johnson|m|GBR GOV 2016-07-13..2018-07-09 foreign minister / GBR GOV 2019-07-24..2022-09-06 prime minister
Liz Truss|f|GBR GOV 2021-09-15..2022-09-06 foreign minister / GBR GOV 2022-09-06..2022-10-25 prime minister
Rishi Sunak|m|GBR GOV 2022-10-25..2024-07-05 prime minister
Keir Starmer|m|GBR OPP 2020-04-04..2024-07-05 opposition leader / GBR GOV 2024-07-05.. prime minister
William Hague|m|GBR GOV 2010-05-12..2014-07-14 foreign minister
Philip Hammond|m|GBR GOV 2011-10-14..2014-07-15 defence minister / GBR GOV 2014-07-15..2016-07-13 foreign minister
Jeremy Hunt|m|GBR GOV 2018-07-09..2019-07-24 foreign minister
Dominic Raab|m|GBR GOV 2019-07-24..2021-09-15 foreign minister
James Cleverly|m|GBR GOV 2022-09-06..2023-11-13 foreign minister
David Lammy|m|GBR GOV 2024-07-05..2025-09-05 foreign minister
Yvette Cooper|f|GBR GOV 2024-07-05..2025-09-05 interior minister / GBR GOV 2025-09-05.. foreign minister
Liam Fox|m|GBR GOV 2010-05-12..2011-10-14 defence minister
Michael Fallon|m|GBR GOV 2014-07-15..2017-11-01 defence minister
Gavin Williamson|m|GBR GOV 2017-11-02..2019-05-01 defence minister
Ben Wallace|m|GBR GOV 2019-07-24..2023-08-31 defence minister
Grant Shapps|m|GBR GOV 2023-08-31..2024-07-05 defence minister
John Healey|m|GBR GOV 2024-07-05.. defence minister
Queen Elizabeth II;Queen Elizabeth;Elizabeth II|f|GBR GOV 1952-02-06..2022-09-08 head of state
King Charles III;King Charles;Charles III;Prince Charles|m|GBR ELI 1952-02-06..2022-09-07 heir to the throne / GBR GOV 2022-09-08.. head of state
Jacques Chirac|m|FRA GOV 1995-05-17..2007-05-16 president
Nicolas Sarkozy|m|FRA GOV 2007-05-16..2012-05-15 president
Francois Hollande|m|FRA GOV 2012-05-15..2017-05-14 president
Emmanuel Macron|m|FRA GOV 2014-08-26..2016-08-30 economy minister / FRA GOV 2017-05-14.. president
Francois Fillon|m|FRA GOV 2007-05-17..2012-05-15 prime minister
Jean-Marc Ayrault|m|FRA GOV 2012-05-15..2014-03-31 prime minister / FRA GOV 2016-02-11..2017-05-17 foreign minister
Manuel Valls|m|FRA GOV 2014-03-31..2016-12-06 prime minister
Edouard Philippe|m|FRA GOV 2017-05-15..2020-07-03 prime minister
Jean Castex|m|FRA GOV 2020-07-03..2022-05-16 prime minister
Elisabeth Borne|f|FRA GOV 2022-05-16..2024-01-09 prime minister
Gabriel Attal|m|FRA GOV 2024-01-09..2024-09-05 prime minister
Michel Barnier|m|IGO:EU GOV 2016-10-01..2021-03-31 chief Brexit negotiator / FRA GOV 2024-09-05..2024-12-13 prime minister
Francois Bayrou|m|FRA GOV 2024-12-13..2025-09-09 prime minister
Sebastien Lecornu|m|FRA GOV 2022-05-20..2025-09-09 defence minister / FRA GOV 2025-09-09.. prime minister
Alain Juppe|m|FRA GOV 2011-02-27..2012-05-15 foreign minister
Laurent Fabius|m|FRA GOV 2012-05-16..2016-02-11 foreign minister
Jean-Yves Le Drian|m|FRA GOV 2012-05-16..2017-05-17 defence minister / FRA GOV 2017-05-17..2022-05-20 foreign minister
Catherine Colonna|f|FRA GOV 2022-05-20..2024-01-11 foreign minister
Stephane Sejourne|m|FRA GOV 2024-01-11..2024-09-21 foreign minister
Jean-Noel Barrot|m|FRA GOV 2024-09-21.. foreign minister
Florence Parly|f|FRA GOV 2017-06-21..2022-05-20 defence minister
Gerhard Schroeder|m|DEU GOV 1998-10-27..2005-11-22 chancellor
Angela Merkel;Merkel|f|DEU GOV 2005-11-22..2021-12-08 chancellor
Olaf Scholz|m|DEU GOV 2018-03-14..2021-12-08 finance minister / DEU GOV 2021-12-08..2025-05-06 chancellor
Friedrich Merz|m|DEU OPP 2022-01-31..2025-05-05 opposition leader / DEU GOV 2025-05-06.. chancellor
Frank-Walter Steinmeier;Steinmeier|m|DEU GOV 2005-11-22..2009-10-28 foreign minister / DEU GOV 2013-12-17..2017-01-27 foreign minister / DEU GOV 2017-03-19.. president
Joachim Gauck|m|DEU GOV 2012-03-18..2017-03-18 president
Guido Westerwelle|m|DEU GOV 2009-10-28..2013-12-17 foreign minister
Sigmar Gabriel|m|DEU GOV 2017-01-27..2018-03-14 foreign minister
Heiko Maas|m|DEU GOV 2018-03-14..2021-12-08 foreign minister
Annalena Baerbock|f|DEU GOV 2021-12-08..2025-05-06 foreign minister
Johann Wadephul|m|DEU GOV 2025-05-06.. foreign minister
Ursula von der Leyen;von der Leyen|f|DEU GOV 2013-12-17..2019-07-17 defence minister / IGO:EU GOV 2019-12-01.. European Commission president
Annegret Kramp-Karrenbauer|f|DEU GOV 2019-07-17..2021-12-08 defence minister
Christine Lambrecht|f|DEU GOV 2021-12-08..2023-01-19 defence minister
Boris Pistorius|m|DEU GOV 2023-01-19.. defence minister
Silvio Berlusconi;Berlusconi|m|ITA GOV 2008-05-08..2011-11-16 prime minister
Mario Monti|m|ITA GOV 2011-11-16..2013-04-28 prime minister
Enrico Letta|m|ITA GOV 2013-04-28..2014-02-22 prime minister
Matteo Renzi|m|ITA GOV 2014-02-22..2016-12-12 prime minister
Paolo Gentiloni|m|ITA GOV 2014-10-31..2016-12-12 foreign minister / ITA GOV 2016-12-12..2018-06-01 prime minister
Giuseppe Conte|m|ITA GOV 2018-06-01..2021-02-13 prime minister
Mario Draghi|m|IGO:ECB BUS 2011-11-01..2019-10-31 European Central Bank president / ITA GOV 2021-02-13..2022-10-22 prime minister
Giorgia Meloni|f|ITA GOV 2022-10-22.. prime minister
Luigi Di Maio|m|ITA GOV 2019-09-05..2022-10-22 foreign minister
Antonio Tajani|m|ITA GOV 2022-10-22.. foreign minister
Guido Crosetto|m|ITA GOV 2022-10-22.. defence minister
Sergio Mattarella|m|ITA GOV 2015-02-03.. president
Naoto Kan|m|JPN GOV 2010-06-08..2011-09-02 prime minister
Yoshihiko Noda|m|JPN GOV 2011-09-02..2012-12-26 prime minister
Shinzo Abe|m|JPN GOV 2006-09-26..2007-09-26 prime minister / JPN GOV 2012-12-26..2020-09-16 prime minister
Yoshihide Suga|m|JPN GOV 2020-09-16..2021-10-04 prime minister
Fumio Kishida|m|JPN GOV 2012-12-26..2017-08-03 foreign minister / JPN GOV 2021-10-04..2024-10-01 prime minister
Shigeru Ishiba|m|JPN GOV 2024-10-01..2025-10-21 prime minister
Sanae Takaichi|f|JPN GOV 2025-10-21.. prime minister
Taro Kono|m|JPN GOV 2017-08-03..2019-09-11 foreign minister / JPN GOV 2019-09-11..2020-09-16 defence minister
Toshimitsu Motegi|m|JPN GOV 2019-09-11..2021-11-04 foreign minister / JPN GOV 2025-10-21.. foreign minister
Yoshimasa Hayashi|m|JPN GOV 2021-11-10..2023-09-13 foreign minister
Yoko Kamikawa|f|JPN GOV 2023-09-13..2024-10-01 foreign minister
Takeshi Iwaya|m|JPN GOV 2024-10-01..2025-10-21 foreign minister
Nobuo Kishi|m|JPN GOV 2020-09-16..2022-08-10 defence minister
Yasukazu Hamada|m|JPN GOV 2022-08-10..2023-09-13 defence minister
Minoru Kihara|m|JPN GOV 2023-09-13..2024-10-01 defence minister
Gen Nakatani|m|JPN GOV 2024-10-01..2025-10-21 defence minister
Manmohan Singh|m|IND GOV 2004-05-22..2014-05-26 prime minister
Narendra Modi;Modi|m|IND GOV 2014-05-26.. prime minister
Sushma Swaraj|f|IND GOV 2014-05-26..2019-05-30 foreign minister
Subrahmanyam Jaishankar;S. Jaishankar;Jaishankar|m|IND GOV 2019-05-30.. foreign minister
Nirmala Sitharaman|f|IND GOV 2017-09-03..2019-05-30 defence minister / IND GOV 2019-05-31.. finance minister
Rajnath Singh|m|IND GOV 2019-05-31.. defence minister
Droupadi Murmu|f|IND GOV 2022-07-25.. president
Ram Nath Kovind|m|IND GOV 2017-07-25..2022-07-25 president
Luiz Inacio Lula da Silva;Lula;Lula da Silva|m|BRA GOV 2003-01-01..2010-12-31 president / BRA GOV 2023-01-01.. president
Dilma Rousseff|f|BRA GOV 2011-01-01..2016-08-31 president
Michel Temer|m|BRA GOV 2016-08-31..2018-12-31 president
Jair Bolsonaro;Bolsonaro|m|BRA GOV 2019-01-01..2022-12-31 president
Mauro Vieira|m|BRA GOV 2023-01-01.. foreign minister
Stephen Harper|m|CAN GOV 2006-02-06..2015-11-04 prime minister
Justin Trudeau;Trudeau|m|CAN GOV 2015-11-04..2025-03-14 prime minister
Mark Carney|m|CAN GOV 2025-03-14.. prime minister
Chrystia Freeland|f|CAN GOV 2017-01-10..2019-11-20 foreign minister
Melanie Joly|f|CAN GOV 2021-10-26..2025-05-13 foreign minister
Anita Anand|f|CAN GOV 2021-10-26..2023-07-26 defence minister / CAN GOV 2025-05-13.. foreign minister
Kevin Rudd|m|AUS GOV 2007-12-03..2010-06-24 prime minister / AUS GOV 2013-06-27..2013-09-18 prime minister
Julia Gillard|f|AUS GOV 2010-06-24..2013-06-27 prime minister
Tony Abbott|m|AUS GOV 2013-09-18..2015-09-15 prime minister
Malcolm Turnbull|m|AUS GOV 2015-09-15..2018-08-24 prime minister
Scott Morrison|m|AUS GOV 2018-08-24..2022-05-23 prime minister
Anthony Albanese|m|AUS GOV 2022-05-23.. prime minister
Julie Bishop|f|AUS GOV 2013-09-18..2018-08-28 foreign minister
Marise Payne|f|AUS GOV 2018-08-28..2022-05-23 foreign minister
Penny Wong|f|AUS GOV 2022-05-23.. foreign minister
Lee Myung-bak|m|KOR GOV 2008-02-25..2013-02-24 president
Park Geun-hye|f|KOR GOV 2013-02-25..2017-03-10 president
Moon Jae-in|m|KOR GOV 2017-05-10..2022-05-09 president
Yoon Suk Yeol;Yoon Suk-yeol|m|KOR GOV 2022-05-10..2025-04-04 president
Lee Jae-myung|m|KOR OPP 2022-08-28..2025-06-03 opposition leader / KOR GOV 2025-06-04.. president
Kim Jong Il;Kim Jong-il|m|PRK GOV 1994-07-08..2011-12-17 leader
Kim Jong Un;Kim Jong-un|m|PRK GOV 2011-12-17.. leader
Felipe Calderon|m|MEX GOV 2006-12-01..2012-11-30 president
Enrique Pena Nieto|m|MEX GOV 2012-12-01..2018-11-30 president
Andres Manuel Lopez Obrador;Lopez Obrador;AMLO|m|MEX GOV 2018-12-01..2024-09-30 president
Claudia Sheinbaum|f|MEX GOV 2024-10-01.. president
Cristina Fernandez de Kirchner;Cristina Kirchner|f|ARG GOV 2007-12-10..2015-12-10 president / ARG GOV 2019-12-10..2023-12-10 vice president
Mauricio Macri|m|ARG GOV 2015-12-10..2019-12-10 president
Alberto Fernandez|m|ARG GOV 2019-12-10..2023-12-10 president
Javier Milei|m|ARG GOV 2023-12-10.. president
Nelson Mandela|m|ZAF GOV 1994-05-10..1999-06-14 president
Thabo Mbeki|m|ZAF GOV 1999-06-14..2008-09-24 president
Jacob Zuma|m|ZAF GOV 2009-05-09..2018-02-14 president
Cyril Ramaphosa|m|ZAF GOV 2014-05-26..2018-02-14 vice president / ZAF GOV 2018-02-15.. president
Naledi Pandor|f|ZAF GOV 2019-05-30..2024-06-30 foreign minister
King Abdullah bin Abdulaziz|m|SAU GOV 2005-08-01..2015-01-23 king
King Salman;Salman bin Abdulaziz|m|SAU GOV 2015-01-23.. king
Mohammed bin Salman;MBS|m|SAU GOV 2015-01-23..2022-09-27 defence minister / SAU GOV 2017-06-21.. crown prince
Saud al-Faisal|m|SAU GOV 1975-10-13..2015-04-29 foreign minister
Adel al-Jubeir|m|SAU GOV 2015-04-29..2018-12-27 foreign minister
Faisal bin Farhan|m|SAU GOV 2019-10-23.. foreign minister
Recep Tayyip Erdogan;Tayyip Erdogan;Recep Erdogan;Erdogan|m|TUR GOV 2003-03-14..2014-08-28 prime minister / TUR GOV 2014-08-28.. president
Abdullah Gul|m|TUR GOV 2007-08-28..2014-08-28 president
Ahmet Davutoglu|m|TUR GOV 2009-05-01..2014-08-29 foreign minister / TUR GOV 2014-08-28..2016-05-24 prime minister
Binali Yildirim|m|TUR GOV 2016-05-24..2018-07-09 prime minister
Mevlut Cavusoglu|m|TUR GOV 2014-08-29..2015-08-28 foreign minister / TUR GOV 2015-11-24..2023-06-03 foreign minister
Hakan Fidan|m|TUR SPY 2010-05-27..2023-06-03 intelligence chief / TUR GOV 2023-06-04.. foreign minister
Hulusi Akar|m|TUR MIL 2015-08-18..2018-07-09 chief of the general staff / TUR GOV 2018-07-10..2023-06-03 defence minister
Yasar Guler|m|TUR GOV 2023-06-04.. defence minister
Susilo Bambang Yudhoyono|m|IDN GOV 2004-10-20..2014-10-20 president
Joko Widodo;Jokowi|m|IDN GOV 2014-10-20..2024-10-20 president
Prabowo Subianto;Prabowo|m|IDN GOV 2019-10-23..2024-10-20 defence minister / IDN GOV 2024-10-20.. president
Retno Marsudi|f|IDN GOV 2014-10-27..2024-10-20 foreign minister
Jean-Claude Juncker|m|IGO:EU GOV 2014-11-01..2019-11-30 European Commission president
Donald Tusk|m|POL GOV 2007-11-16..2014-09-22 prime minister / IGO:EU GOV 2014-12-01..2019-11-30 European Council president / POL GOV 2023-12-13.. prime minister
Charles Michel|m|BEL GOV 2014-10-11..2019-10-27 prime minister / IGO:EU GOV 2019-12-01..2024-11-30 European Council president
Antonio Costa|m|PRT GOV 2015-11-26..2024-04-02 prime minister / IGO:EU GOV 2024-12-01.. European Council president
Catherine Ashton|f|IGO:EU GOV 2009-12-01..2014-10-31 foreign policy chief
Federica Mogherini|f|IGO:EU GOV 2014-11-01..2019-11-30 foreign policy chief
Josep Borrell|m|IGO:EU GOV 2019-12-01..2024-11-30 foreign policy chief
Kaja Kallas|f|EST GOV 2021-01-26..2024-07-23 prime minister / IGO:EU GOV 2024-12-01.. foreign policy chief
Kofi Annan|m|IGO:UN GOV 1997-01-01..2006-12-31 UN Secretary-General / IGO:UN GOV 2012-02-23..2012-08-31 UN envoy to Syria
Ban Ki-moon|m|IGO:UN GOV 2007-01-01..2016-12-31 UN Secretary-General
Antonio Guterres;Guterres|m|IGO:UN GOV 2017-01-01.. UN Secretary-General
Lakhdar Brahimi|m|IGO:UN GOV 2012-08-17..2014-05-31 UN envoy to Syria
Staffan de Mistura|m|IGO:UN GOV 2014-07-10..2018-12-31 UN envoy to Syria
Geir Pedersen|m|IGO:UN GOV 2019-01-07.. UN envoy to Syria
Martin Griffiths|m|IGO:UN GOV 2018-03-11..2021-06-30 UN envoy to Yemen / IGO:UN GOV 2021-07-19..2024-06-30 UN humanitarian chief
Hans Grundberg|m|IGO:UN GOV 2021-09-05.. UN envoy to Yemen
Bernardino Leon|m|IGO:UN GOV 2014-09-01..2015-11-04 UN envoy to Libya
Martin Kobler|m|IGO:UN GOV 2015-11-04..2017-06-22 UN envoy to Libya
Ghassan Salame|m|IGO:UN GOV 2017-06-22..2020-03-02 UN envoy to Libya
Stephanie Williams|f|IGO:UN GOV 2020-03-02..2021-01-31 acting UN envoy to Libya
Jan Kubis;Jan Kubiš|m|SVK GOV 2006-07-04..2009-01-26 foreign minister / IGO:UN GOV 2011-12-01..2015-02-28 UN envoy to Afghanistan / IGO:UN GOV 2015-02-01..2018-12-31 UN envoy to Iraq / IGO:UN GOV 2019-01-01..2020-12-31 UN coordinator for Lebanon / IGO:UN GOV 2021-01-18..2021-12-10 UN Special Envoy to Libya
Abdoulaye Bathily|m|IGO:UN GOV 2022-09-25..2024-05-31 UN envoy to Libya
Anders Fogh Rasmussen|m|IGO:NATO GOV 2009-08-01..2014-09-30 NATO Secretary General
Jens Stoltenberg;Stoltenberg|m|NOR GOV 2005-10-17..2013-10-16 prime minister / IGO:NATO GOV 2014-10-01..2024-10-01 NATO Secretary General
Mark Rutte|m|NLD GOV 2010-10-14..2024-07-02 prime minister / IGO:NATO GOV 2024-10-01.. NATO Secretary General
Rafael Grossi|m|IGO:UN GOV 2019-12-03.. IAEA director general
Yukiya Amano|m|IGO:UN GOV 2009-12-01..2019-07-18 IAEA director general
Tedros Adhanom Ghebreyesus;Tedros|m|ETH GOV 2012-11-29..2016-11-01 foreign minister / IGO:UN MED 2017-07-01.. WHO director general
Moussa Faki Mahamat;Moussa Faki|m|TCD GOV 2008-04-23..2017-01-30 foreign minister / IGO:AU GOV 2017-03-14..2025-02-15 African Union Commission chairperson
Mahmoud Ali Youssouf|m|DJI GOV 2005-05-22..2025-02-15 foreign minister / IGO:AU GOV 2025-02-15.. African Union Commission chairperson
Amr Moussa|m|EGY GOV 1991-05-20..2001-05-15 foreign minister / IGO:ARL GOV 2001-06-01..2011-06-30 Arab League Secretary-General
Nabil Elaraby|m|IGO:ARL GOV 2011-07-01..2016-06-30 Arab League Secretary-General
Ahmed Aboul Gheit|m|EGY GOV 2004-07-14..2011-03-06 foreign minister / IGO:ARL GOV 2016-07-01.. Arab League Secretary-General
Christine Lagarde|f|FRA GOV 2007-06-19..2011-06-29 finance minister / IGO:IMF BUS 2011-07-05..2019-09-12 IMF managing director / IGO:ECB BUS 2019-11-01.. European Central Bank president
Kristalina Georgieva|f|IGO:IMF BUS 2019-10-01.. IMF managing director
Muammar Gaddafi;Moammar Gaddafi;Muammar Qaddafi;Moammar Qaddafi;Muammar Gadhafi;Moammar Gadhafi;Muammar al-Gaddafi;Colonel Gaddafi;Gaddafi;Qaddafi;Gadhafi;Kadhafi;Qadhafi|m|LBY GOV 1969-09-01..2011-10-20 head of state
Saif al-Islam Gaddafi;Saif al-Islam|m|LBY ELI 1972-06-25.. son of Muammar Gaddafi
Mustafa Abdul Jalil|m|LBY GOV 2011-03-05..2012-08-08 National Transitional Council chairman
Ali Zeidan|m|LBY GOV 2012-11-14..2014-03-11 prime minister
Abdullah al-Thani|m|LBY GOV 2014-03-11..2021-03-15 prime minister
Fayez al-Sarraj;Fayez Serraj;Fayez al-Serraj;Sarraj|m|LBY GOV 2015-12-17..2021-03-15 prime minister
Abdul Hamid Dbeibah;Abdulhamid Dbeibah;Abdul Hamid Dbeibeh;Dbeibah|m|LBY GOV 2021-03-15.. prime minister
Mohamed al-Menfi;Mohammed al-Menfi;Menfi|m|LBY GOV 2021-03-15.. Presidential Council chairman
Najla Mangoush;Najla el-Mangoush;Najla al-Mangoush;Mangoush|f|LBY GOV 2021-03-15..2023-08-27 foreign minister
Khalifa Hifter;Khalifa Haftar;Khalifa Hiftar;Hifter;Haftar;Field Marshal Haftar|m|LBY MIL 2014-05-16.. commander of the Libyan National Army
Aguila Saleh;Aguila Saleh Issa|m|LBY LEG 2014-08-05.. speaker of the House of Representatives
Fathi Bashagha|m|LBY GOV 2018-10-07..2021-03-15 interior minister / LBY GOV 2022-03-01..2023-05-16 prime minister
Hafez al-Assad|m|SYR GOV 1971-03-14..2000-06-10 president
Bashar al-Assad;Bashar Assad;Assad;al-Assad|m|SYR GOV 2000-07-17..2024-12-08 president
Walid al-Muallem;Walid Muallem;Walid al-Moualem|m|SYR GOV 2006-02-11..2020-11-16 foreign minister
Faisal Mekdad;Faisal al-Mekdad|m|SYR GOV 2020-11-22..2024-12-08 foreign minister
Wael al-Halqi|m|SYR GOV 2012-08-09..2016-06-22 prime minister
Imad Khamis|m|SYR GOV 2016-06-22..2020-06-11 prime minister
Hussein Arnous|m|SYR GOV 2020-08-30..2024-09-14 prime minister
Ahmed al-Sharaa;Abu Mohammed al-Jolani;Abu Mohammad al-Julani;al-Jolani;Jolani;Julani;al-Sharaa;Sharaa|m|SYR REB 2012-01-23..2024-12-07 Hayat Tahrir al-Sham leader / SYR GOV 2024-12-08.. president
Asaad al-Shaibani;Asaad Hassan al-Shaibani;al-Shaibani|m|SYR GOV 2024-12-21.. foreign minister
Murhaf Abu Qasra|m|SYR GOV 2024-12-21.. defence minister
Mazloum Abdi;Mazloum Kobani|m|SYR REB 2015-10-10.. Syrian Democratic Forces commander
Ali Abdullah Saleh|m|YEM GOV 1978-07-17..2012-02-27 president
Abd Rabbuh Mansur Hadi;Abdrabbuh Mansour Hadi;Abed Rabbo Mansour Hadi;Hadi|m|YEM GOV 2012-02-25..2022-04-07 president
Rashad al-Alimi|m|YEM GOV 2022-04-07.. Presidential Leadership Council chairman
Abdul-Malik al-Houthi;Abdul Malik al-Houthi|m|YEM REB 2004-09-10.. Houthi leader
Mahdi al-Mashat|m|YEM REB 2018-04-25.. Houthi Supreme Political Council president
Maeen Abdulmalik|m|YEM GOV 2018-10-15..2024-02-05 prime minister
Ahmed Awad bin Mubarak|m|YEM GOV 2020-12-18..2024-02-05 foreign minister / YEM GOV 2024-02-05..2025-05-03 prime minister
Saddam Hussein;Saddam|m|IRQ GOV 1979-07-16..2003-04-09 president
Nouri al-Maliki;Nuri al-Maliki;Maliki|m|IRQ GOV 2006-05-20..2014-09-08 prime minister
Haider al-Abadi|m|IRQ GOV 2014-09-08..2018-10-25 prime minister
Adel Abdul Mahdi;Adil Abdul-Mahdi;Adel Abdul-Mahdi;Abdul-Mahdi|m|IRQ GOV 2018-10-25..2020-05-07 prime minister
Mustafa al-Kadhimi|m|IRQ SPY 2016-06-07..2020-05-06 intelligence chief / IRQ GOV 2020-05-07..2022-10-27 prime minister
Mohammed Shia al-Sudani|m|IRQ GOV 2022-10-27.. prime minister
Jalal Talabani|m|IRQ GOV 2005-04-07..2014-07-24 president
Fuad Masum|m|IRQ GOV 2014-07-24..2018-10-02 president
Barham Salih|m|IRQ GOV 2018-10-02..2022-10-17 president
Abdul Latif Rashid|m|IRQ GOV 2022-10-17.. president
Hoshyar Zebari|m|IRQ GOV 2003-09-03..2014-07-11 foreign minister
Ibrahim al-Jaafari|m|IRQ GOV 2014-09-08..2018-10-25 foreign minister
Fuad Hussein|m|IRQ GOV 2020-06-06.. foreign minister
Muqtada al-Sadr;Moqtada al-Sadr|m|IRQ REL 2003-04-09.. Shiite cleric
Abu Bakr al-Baghdadi;Baghdadi|m|IMG REB 2010-05-16..2019-10-27 Islamic State leader
Osama bin Laden;Usama bin Laden;bin Laden|m|IMG REB 1988-08-11..2011-05-02 al-Qaeda leader
Ayman al-Zawahiri;Zawahiri|m|IMG REB 2011-06-16..2022-07-31 al-Qaeda leader
Hamid Karzai;Karzai|m|AFG GOV 2001-12-22..2014-09-29 president
Ashraf Ghani;Ashraf Ghani Ahmadzai|m|AFG GOV 2014-09-29..2021-08-15 president
Abdullah Abdullah|m|AFG GOV 2001-12-22..2006-03-20 foreign minister / AFG GOV 2014-09-29..2020-03-09 chief executive / AFG GOV 2020-05-17..2021-08-15 High Council for National Reconciliation chairman
Mullah Mohammad Omar;Mullah Omar|m|AFG GOV 1996-09-27..2001-11-13 Taliban leader / AFG REB 2001-11-14..2013-04-23 Taliban leader
Hibatullah Akhundzada;Haibatullah Akhundzada|m|AFG REB 2016-05-25..2021-08-14 Taliban leader / AFG GOV 2021-08-15.. supreme leader
Abdul Ghani Baradar;Mullah Baradar|m|AFG REB 2019-01-24..2021-08-14 Taliban deputy leader / AFG GOV 2021-09-07.. deputy prime minister
Mohammad Hassan Akhund|m|AFG GOV 2021-09-07.. prime minister
Amir Khan Muttaqi|m|AFG GOV 2021-09-07.. foreign minister
Sirajuddin Haqqani|m|AFG REB 2015-07-30..2021-08-14 Taliban deputy leader / AFG GOV 2021-09-07.. interior minister
Zabihullah Mujahid|m|AFG REB 2007-01-01..2021-08-14 Taliban spokesman / AFG GOV 2021-08-15.. spokesman
Viktor Yanukovych|m|UKR GOV 2010-02-25..2014-02-22 president
Arseniy Yatsenyuk|m|UKR GOV 2014-02-27..2016-04-14 prime minister
Petro Poroshenko;Poroshenko|m|UKR GOV 2014-06-07..2019-05-20 president
Volodymyr Groysman|m|UKR GOV 2016-04-14..2019-08-29 prime minister
Volodymyr Zelensky;Volodymyr Zelenskiy;Volodymyr Zelenskyy;Zelensky;Zelenskiy;Zelenskyy|m|UKR GOV 2019-05-20.. president
Denys Shmyhal|m|UKR GOV 2020-03-04..2025-07-16 prime minister / UKR GOV 2025-07-17.. defence minister
Yulia Svyrydenko|f|UKR GOV 2025-07-17.. prime minister
Pavlo Klimkin|m|UKR GOV 2014-06-19..2019-08-29 foreign minister
Vadym Prystaiko|m|UKR GOV 2019-08-29..2020-03-04 foreign minister
Dmytro Kuleba|m|UKR GOV 2020-03-04..2024-09-05 foreign minister
Andrii Sybiha;Andriy Sybiha|m|UKR GOV 2024-09-05.. foreign minister
Andriy Taran|m|UKR GOV 2020-03-04..2021-11-03 defence minister
Oleksii Reznikov;Oleksiy Reznikov|m|UKR GOV 2021-11-04..2023-09-06 defence minister
Rustem Umerov|m|UKR GOV 2023-09-06..2025-07-17 defence minister
Valerii Zaluzhnyi;Valery Zaluzhny|m|UKR MIL 2021-07-27..2024-02-08 commander-in-chief
Oleksandr Syrskyi;Oleksandr Syrsky|m|UKR MIL 2024-02-08.. commander-in-chief
Ariel Sharon|m|ISR GOV 2001-03-07..2006-04-14 prime minister
Ehud Olmert|m|ISR GOV 2006-04-14..2009-03-31 prime minister
Ehud Barak|m|ISR GOV 1999-07-06..2001-03-07 prime minister / ISR GOV 2007-06-18..2013-03-18 defence minister
Benjamin Netanyahu;Netanyahu;Bibi Netanyahu|m|ISR GOV 1996-06-18..1999-07-06 prime minister / ISR GOV 2009-03-31..2021-06-13 prime minister / ISR OPP 2021-06-14..2022-12-28 opposition leader / ISR GOV 2022-12-29.. prime minister
Naftali Bennett|m|ISR GOV 2021-06-13..2022-06-30 prime minister
Yair Lapid|m|ISR GOV 2021-06-13..2022-06-30 foreign minister / ISR GOV 2022-07-01..2022-12-29 prime minister / ISR OPP 2023-01-01.. opposition leader
Benny Gantz|m|ISR MIL 2011-02-14..2015-02-16 chief of staff / ISR GOV 2020-05-17..2022-12-29 defence minister
Yoav Gallant|m|ISR GOV 2022-12-29..2024-11-05 defence minister
Israel Katz|m|ISR GOV 2019-02-17..2020-05-17 foreign minister / ISR GOV 2024-01-01..2024-11-07 foreign minister / ISR GOV 2024-11-07.. defence minister
Eli Cohen|m|ISR GOV 2022-12-29..2023-12-31 foreign minister
Gideon Saar;Gideon Sa'ar|m|ISR GOV 2024-11-07.. foreign minister
Avigdor Lieberman;Avigdor Liberman|m|ISR GOV 2009-03-31..2012-12-18 foreign minister / ISR GOV 2013-11-11..2015-05-14 foreign minister / ISR GOV 2016-05-30..2018-11-14 defence minister
Moshe Yaalon;Moshe Ya'alon|m|ISR GOV 2013-03-18..2016-05-20 defence minister
Gabi Ashkenazi|m|ISR GOV 2020-05-17..2021-06-13 foreign minister
Shimon Peres|m|ISR GOV 2007-07-15..2014-07-24 president
Reuven Rivlin|m|ISR GOV 2014-07-24..2021-07-07 president
Isaac Herzog|m|ISR GOV 2021-07-07.. president
Yasser Arafat;Arafat|m|PSE GOV 1969-02-04..2004-11-11 Palestinian leader
Mahmoud Abbas;Abu Mazen|m|PSE GOV 2003-03-19..2003-10-07 prime minister / PSE GOV 2005-01-15.. president
Rami Hamdallah|m|PSE GOV 2013-06-06..2019-04-14 prime minister
Mohammad Shtayyeh|m|PSE GOV 2019-04-14..2024-03-31 prime minister
Mohammad Mustafa|m|PSE GOV 2024-03-31.. prime minister
Riyad al-Maliki|m|PSE GOV 2007-05-18..2024-03-31 foreign minister
Ismail Haniyeh;Haniyeh|m|PSE GOV 2006-03-29..2007-06-14 prime minister / PSE REB 2007-06-15..2024-07-31 Hamas leader
Yahya Sinwar;Sinwar|m|PSE REB 2017-02-13..2024-10-16 Hamas leader
Khaled Meshaal;Khaled Mashal|m|PSE REB 1996-01-01..2017-05-06 Hamas political bureau chief
Ruhollah Khomeini;Ayatollah Khomeini|m|IRN GOV 1979-12-03..1989-06-03 supreme leader
Ali Khamenei;Ayatollah Ali Khamenei;Ayatollah Khamenei;Khamenei|m|IRN GOV 1981-10-13..1989-08-03 president / IRN GOV 1989-06-04.. supreme leader
Mahmoud Ahmadinejad;Ahmadinejad|m|IRN GOV 2005-08-03..2013-08-03 president
Hassan Rouhani;Rouhani|m|IRN GOV 2013-08-03..2021-08-03 president
Ebrahim Raisi;Raisi|m|IRN JUD 2019-03-07..2021-07-01 judiciary chief / IRN GOV 2021-08-03..2024-05-19 president
Masoud Pezeshkian;Pezeshkian|m|IRN GOV 2024-07-28.. president
Ali Akbar Salehi|m|IRN GOV 2011-01-13..2013-08-15 foreign minister
Mohammad Javad Zarif;Javad Zarif;Zarif|m|IRN GOV 2013-08-15..2021-08-25 foreign minister
Hossein Amir-Abdollahian;Amir-Abdollahian|m|IRN GOV 2021-08-25..2024-05-19 foreign minister
Abbas Araghchi;Araghchi|m|IRN GOV 2024-08-21.. foreign minister
Qasem Soleimani;Qassem Soleimani;Soleimani|m|IRN MIL 1998-01-01..2020-01-03 Quds Force commander
Hosni Mubarak;Mubarak|m|EGY GOV 1981-10-14..2011-02-11 president
Mohamed Morsi;Mohammed Morsi;Morsi|m|EGY GOV 2012-06-30..2013-07-03 president
Adly Mansour|m|EGY GOV 2013-07-04..2014-06-08 interim president
Abdel Fattah el-Sisi;Abdel Fattah al-Sisi;Sisi;el-Sisi|m|EGY GOV 2012-08-12..2014-03-26 defence minister / EGY GOV 2014-06-08.. president
Sameh Shoukry|m|EGY GOV 2014-06-17..2024-07-03 foreign minister
Badr Abdelatty|m|EGY GOV 2024-07-03.. foreign minister
Omar al-Bashir;Omar Hassan al-Bashir|m|SDN GOV 1989-06-30..2019-04-11 president
Abdel Fattah al-Burhan;Burhan|m|SDN GOV 2019-04-12.. Sovereign Council chairman
Mohamed Hamdan Dagalo;Hemedti;Hemeti|m|SDN MIL 2013-08-01..2023-04-14 Rapid Support Forces commander / SDN REB 2023-04-15.. Rapid Support Forces commander
Abdalla Hamdok|m|SDN GOV 2019-08-21..2022-01-02 prime minister
Salva Kiir;Salva Kiir Mayardit|m|SSD GOV 2011-07-09.. president
Riek Machar|m|SSD GOV 2011-07-09..2013-07-23 vice president / SSD REB 2013-12-16..2020-02-21 SPLM-IO leader / SSD GOV 2020-02-22.. first vice president
Hassan Sheikh Mohamud|m|SOM GOV 2012-09-16..2017-02-16 president / SOM GOV 2022-05-23.. president
Mohamed Abdullahi Farmajo;Farmajo;Mohamed Abdullahi Mohamed|m|SOM GOV 2017-02-16..2022-05-23 president
Meles Zenawi|m|ETH GOV 1991-05-28..2012-08-20 prime minister
Hailemariam Desalegn|m|ETH GOV 2012-08-21..2018-04-02 prime minister
Abiy Ahmed;Abiy|m|ETH GOV 2018-04-02.. prime minister
Olusegun Obasanjo;Obasanjo|m|NGA GOV 1976-02-13..1979-10-01 head of state / NGA GOV 1999-05-29..2007-05-29 president
Goodluck Jonathan|m|NGA GOV 2010-05-06..2015-05-29 president
Muhammadu Buhari;Buhari|m|NGA GOV 1983-12-31..1985-08-27 head of state / NGA GOV 2015-05-29..2023-05-29 president
Bola Tinubu;Bola Ahmed Tinubu;Tinubu|m|NGA GOV 2023-05-29.. president
Abubakar Shekau;Shekau|m|NGA REB 2009-07-30..2021-05-19 Boko Haram leader
Assimi Goita|m|MLI GOV 2020-09-25..2021-05-23 vice president / MLI GOV 2021-05-24.. interim president
Min Aung Hlaing|m|MMR MIL 2011-03-30..2021-01-31 commander-in-chief / MMR GOV 2021-02-01.. junta leader
Aung San Suu Kyi;Suu Kyi|f|MMR OPP 1988-09-27..2016-03-29 opposition leader / MMR GOV 2016-03-30..2021-02-01 state counsellor
Nikol Pashinyan|m|ARM GOV 2018-05-08.. prime minister
Ararat Mirzoyan|m|ARM GOV 2021-08-19.. foreign minister
Ilham Aliyev|m|AZE GOV 2003-10-31.. president
Jeyhun Bayramov|m|AZE GOV 2020-07-16.. foreign minister
Elias Hrawi|m|LBN GOV 1989-11-24..1998-11-24 president
Michel Aoun|m|LBN MIL 1984-06-23..1990-10-13 army commander / LBN GOV 2016-10-31..2022-10-30 president
Joseph Aoun|m|LBN MIL 2017-03-08..2025-01-08 army commander / LBN GOV 2025-01-09.. president
Saad Hariri|m|LBN GOV 2009-11-09..2011-06-13 prime minister / LBN GOV 2016-12-18..2020-01-21 prime minister
Najib Mikati|m|LBN GOV 2011-06-13..2014-02-15 prime minister / LBN GOV 2021-09-10..2025-02-08 prime minister
Nawaf Salam|m|LBN GOV 2025-02-08.. prime minister
Hassan Nasrallah;Nasrallah|m|LBN REB 1992-02-16..2024-09-27 Hezbollah leader
Naim Qassem|m|LBN REB 2024-10-29.. Hezbollah leader
Hugo Chavez|m|VEN GOV 1999-02-02..2013-03-05 president
Nicolas Maduro;Maduro|m|VEN GOV 2013-03-05.. president
Juan Guaido|m|VEN OPP 2019-01-23..2023-01-03 opposition leader
Alexander Lukashenko;Aleksandr Lukashenko;Lukashenko|m|BLR GOV 1994-07-20.. president
Pervez Musharraf|m|PAK GOV 1999-10-12..2008-08-18 president
Asif Ali Zardari|m|PAK GOV 2008-09-09..2013-09-09 president / PAK GOV 2024-03-10.. president
Nawaz Sharif|m|PAK GOV 2013-06-05..2017-07-28 prime minister
Imran Khan|m|PAK GOV 2018-08-18..2022-04-10 prime minister / PAK OPP 2022-04-11.. opposition leader
Shehbaz Sharif|m|PAK GOV 2022-04-11..2023-08-14 prime minister / PAK GOV 2024-03-04.. prime minister
Arif Alvi|m|PAK GOV 2018-09-09..2024-03-10 president
Shah Mahmood Qureshi|m|PAK GOV 2018-08-20..2022-04-10 foreign minister
Bilawal Bhutto Zardari|m|PAK GOV 2022-04-27..2023-08-10 foreign minister
Qamar Javed Bajwa|m|PAK MIL 2016-11-29..2022-11-29 army chief
Asim Munir|m|PAK MIL 2022-11-29.. army chief
Hamad bin Khalifa Al Thani|m|QAT GOV 1995-06-27..2013-06-25 emir
Tamim bin Hamad Al Thani;Sheikh Tamim|m|QAT GOV 2013-06-25.. emir
Mohammed bin Abdulrahman Al Thani|m|QAT GOV 2016-01-28.. foreign minister
Khalifa bin Zayed Al Nahyan;Khalifa bin Zayed|m|ARE GOV 2004-11-03..2022-05-13 president
Mohamed bin Zayed;Mohammed bin Zayed;Mohamed bin Zayed Al Nahyan;MBZ|m|ARE GOV 2004-11-03..2022-05-13 crown prince of Abu Dhabi / ARE GOV 2022-05-14.. president
Abdullah bin Zayed;Abdullah bin Zayed Al Nahyan|m|ARE GOV 2006-02-09.. foreign minister
King Abdullah II;Abdullah II|m|JOR GOV 1999-02-07.. king
Ayman Safadi|m|JOR GOV 2017-01-15.. foreign minister
King Mohammed VI;Mohammed VI|m|MAR GOV 1999-07-23.. king
Abdelaziz Bouteflika;Bouteflika;Abdelaziz Bouteflicka|m|DZA GOV 1999-04-27..2019-04-02 president
Abdelmadjid Tebboune;Tebboune|m|DZA GOV 2019-12-19.. president
Zine El Abidine Ben Ali;Ben Ali|m|TUN GOV 1987-11-07..2011-01-14 president
Jake Sullivan|m|USA GOV 2021-01-20..2025-01-20 national security adviser
John Bolton|m|USA GOV 2005-08-02..2006-12-31 UN ambassador / USA GOV 2018-04-09..2019-09-10 national security adviser
William Burns;Bill Burns|m|USA SPY 2021-03-19..2025-01-20 CIA director
Gina Haspel|f|USA SPY 2018-05-21..2021-01-20 CIA director
John Ratcliffe|m|USA SPY 2020-05-26..2021-01-20 director of national intelligence / USA SPY 2025-01-23.. CIA director
Nancy Pelosi;Pelosi|f|USA LEG 2007-01-04..2011-01-03 speaker / USA LEG 2019-01-03..2023-01-03 speaker
Kevin McCarthy|m|USA LEG 2023-01-07..2023-10-03 speaker
Mike Johnson|m|USA LEG 2023-10-25.. speaker
Janet Yellen|f|USA BUS 2014-02-03..2018-02-03 Federal Reserve chair / USA GOV 2021-01-26..2025-01-20 finance minister
Scott Bessent|m|USA GOV 2025-01-28.. finance minister
Linda Thomas-Greenfield|f|USA GOV 2021-02-25..2025-01-20 UN ambassador
Nikki Haley|f|USA GOV 2017-01-27..2018-12-31 UN ambassador
Nikolai Patrushev|m|RUS SPY 1999-08-09..2008-05-12 FSB director / RUS GOV 2008-05-12..2024-05-14 security council secretary
Alexander Bortnikov|m|RUS SPY 2008-05-12.. FSB director
Sergei Naryshkin|m|RUS LEG 2011-12-21..2016-10-05 Duma speaker / RUS SPY 2016-10-05.. foreign intelligence chief
Vasily Nebenzya|m|RUS GOV 2017-07-27.. UN ambassador
Kyrylo Budanov|m|UKR SPY 2020-08-05.. military intelligence chief
Herzi Halevi|m|ISR MIL 2023-01-16..2025-03-05 chief of staff
Eyal Zamir|m|ISR MIL 2025-03-05.. chief of staff
Aviv Kochavi|m|ISR MIL 2019-01-15..2023-01-16 chief of staff
Bezalel Smotrich|m|ISR GOV 2022-12-29.. finance minister
Itamar Ben-Gvir;Ben-Gvir|m|ISR GOV 2022-12-29..2025-01-19 national security minister / ISR GOV 2025-03-18.. national security minister
Hossein Salami|m|IRN MIL 2019-04-21..2025-06-13 Revolutionary Guards commander
Mohammad Bagheri|m|IRN MIL 2016-06-28..2025-06-13 chief of staff
Esmail Qaani|m|IRN MIL 2020-01-03.. Quds Force commander
Mohammad Bagher Ghalibaf|m|IRN LEG 2020-05-28.. speaker
Amir Hatami|m|IRN GOV 2017-08-20..2021-08-25 defence minister
Mohammad-Reza Ashtiani|m|IRN GOV 2021-08-25..2024-08-21 defence minister
Aziz Nasirzadeh|m|IRN GOV 2024-08-21.. defence minister
Khalid bin Salman|m|SAU GOV 2022-09-27.. defence minister
Ibrahim Kalin|m|TUR SPY 2023-06-05.. intelligence chief
Khawaja Asif|m|PAK GOV 2024-03-04.. defence minister
Ishaq Dar|m|PAK GOV 2024-03-11.. foreign minister
Ajit Doval|m|IND GOV 2014-05-30.. national security adviser
Volker Turk|m|IGO:UN GOV 2022-10-17.. UN human rights chief
Michelle Bachelet|f|CHL GOV 2006-03-11..2010-03-11 president / CHL GOV 2014-03-11..2018-03-11 president / IGO:UN GOV 2018-09-01..2022-08-31 UN human rights chief
Tom Fletcher|m|IGO:UN GOV 2024-11-18.. UN humanitarian chief
Philippe Lazzarini|m|IGO:UN REF 2020-03-18.. UNRWA commissioner-general
Karim Khan|m|IGO:ICC JUD 2021-06-16.. ICC prosecutor
Fatou Bensouda|f|IGO:ICC JUD 2012-06-15..2021-06-15 ICC prosecutor
Marcelo Ebrard|m|MEX GOV 2018-12-01..2023-06-12 foreign minister
Alicia Barcena|f|MEX GOV 2023-07-03..2024-09-30 foreign minister
Juan Ramon de la Fuente|m|MEX GOV 2024-10-01.. foreign minister
Kang Kyung-wha|f|KOR GOV 2017-06-18..2021-02-08 foreign minister
Chung Eui-yong|m|KOR GOV 2021-02-09..2022-05-11 foreign minister
Park Jin|m|KOR GOV 2022-05-12..2024-01-10 foreign minister
Carlos Franca|m|BRA GOV 2021-04-06..2022-12-31 foreign minister
Ernesto Araujo|m|BRA GOV 2019-01-01..2021-03-29 foreign minister
Santiago Cafiero|m|ARG GOV 2021-09-20..2023-12-10 foreign minister
Diana Mondino|f|ARG GOV 2023-12-10..2024-10-30 foreign minister
Sugiono|m|IDN GOV 2024-10-21.. foreign minister
Ronald Lamola|m|ZAF GOV 2024-07-03.. foreign minister
Richard Marles|m|AUS GOV 2022-06-01.. defence minister
Bill Blair|m|CAN GOV 2023-07-26..2025-05-13 defence minister
Demeke Mekonnen|m|ETH GOV 2019-02-14..2024-02-08 foreign minister
Taye Atske Selassie|m|ETH GOV 2024-02-08..2024-10-07 foreign minister / ETH GOV 2024-10-07.. president
Sahle-Work Zewde|f|ETH GOV 2018-10-25..2024-10-07 president
Delcy Rodriguez|f|VEN GOV 2018-06-14.. vice president
Maria Corina Machado|f|VEN OPP 2002-01-01.. opposition leader
Edmundo Gonzalez Urrutia;Edmundo Gonzalez|m|VEN OPP 2024-04-19.. opposition candidate
Alexei Navalny;Navalny|m|RUS OPP 2008-01-01..2024-02-16 opposition leader
Mohammed Deif|m|PSE REB 2002-01-01..2024-07-13 Qassam Brigades commander
Mohammed Abdulsalam|m|YEM REB 2015-01-01.. Houthi spokesman
Yahya Saree|m|YEM REB 2019-01-01.. Houthi military spokesman
Laurent Gbagbo|m|CIV GOV 2000-10-26..2011-04-11 president
Alassane Ouattara;Ouattara|m|CIV GOV 1990-11-07..1993-12-09 prime minister / CIV GOV 2010-12-04.. president
Kais Saied|m|TUN GOV 2019-10-23.. president
Robert Mugabe;Mugabe|m|ZWE GOV 1980-04-18..2017-11-21 head of government
Emmerson Mnangagwa|m|ZWE GOV 2017-11-24.. president
Paul Kagame;Kagame|m|RWA GOV 1994-07-19..2000-04-21 vice president / RWA GOV 2000-04-22.. president
Joseph Kabila|m|COD GOV 2001-01-26..2019-01-24 president
Felix Tshisekedi|m|COD GOV 2019-01-24.. president
Mwai Kibaki|m|KEN GOV 2002-12-30..2013-04-09 president
Uhuru Kenyatta|m|KEN GOV 2013-04-09..2022-09-13 president
William Ruto|m|KEN GOV 2013-04-09..2022-09-13 deputy president / KEN GOV 2022-09-13.. president
Yoweri Museveni;Museveni|m|UGA GOV 1986-01-29.. president
Slobodan Milosevic;Milosevic|m|SRB GOV 1989-05-08..2000-10-07 president
Aleksandar Vucic;Vucic|m|SRB GOV 2014-04-27..2017-05-31 prime minister / SRB GOV 2017-05-31.. president
Albin Kurti|m|KOS GOV 2020-02-03..2020-06-03 prime minister / KOS GOV 2021-03-22.. prime minister
Rodrigo Duterte;Duterte|m|PHL GOV 2016-06-30..2022-06-30 president
Ferdinand Marcos Jr.;Bongbong Marcos|m|PHL GOV 2022-06-30.. president
Viktor Orban;Orban|m|HUN GOV 1998-07-06..2002-05-27 prime minister / HUN GOV 2010-05-29.. prime minister
Andrzej Duda|m|POL GOV 2015-08-06..2025-08-06 president
Karol Nawrocki|m|POL GOV 2025-08-06.. president
Mateusz Morawiecki|m|POL GOV 2017-12-11..2023-12-13 prime minister
Mariano Rajoy|m|ESP GOV 2011-12-21..2018-06-02 prime minister
Pedro Sanchez|m|ESP GOV 2018-06-02.. prime minister
Alexis Tsipras|m|GRC GOV 2015-01-26..2019-07-08 prime minister
Kyriakos Mitsotakis|m|GRC GOV 2019-07-08.. prime minister
Dick Schoof|m|NLD GOV 2024-07-02.. prime minister
Pope Benedict XVI|m|VAT REL 2005-04-19..2013-02-28 pope
Pope Francis|m|VAT REL 2013-03-13..2025-04-21 pope
Pope Leo XIV|m|VAT REL 2025-05-08.. pope
Tsai Ing-wen|f|TWN GOV 2016-05-20..2024-05-20 president
Lai Ching-te|m|TWN GOV 2024-05-20.. president
Carrie Lam|f|HKG GOV 2017-07-01..2022-06-30 chief executive
Idriss Deby;Idriss Deby Itno|m|TCD GOV 1990-12-02..2021-04-20 president
Mahamat Idriss Deby|m|TCD GOV 2021-04-20.. president
Ibrahim Traore|m|BFA GOV 2022-09-30.. junta leader
Mohamed Bazoum|m|NER GOV 2021-04-02..2023-07-26 president
Abdourahamane Tchiani|m|NER GOV 2023-07-26.. junta leader
Mamady Doumbouya|m|GIN GOV 2021-09-05.. junta leader
Faustin-Archange Touadera|m|CAF GOV 2016-03-30.. president
Filipe Nyusi|m|MOZ GOV 2015-01-15..2025-01-15 president
Juan Manuel Santos|m|COL GOV 2010-08-07..2018-08-07 president
Ivan Duque|m|COL GOV 2018-08-07..2022-08-07 president
Gustavo Petro|m|COL GOV 2022-08-07.. president
Mahinda Rajapaksa|m|LKA GOV 2005-11-19..2015-01-09 president
Gotabaya Rajapaksa|m|LKA GOV 2019-11-18..2022-07-14 president
Sheikh Hasina|f|BGD GOV 2009-01-06..2024-08-05 prime minister
Muhammad Yunus|m|BGD GOV 2024-08-08.. chief adviser
Jovenel Moise|m|HTI GOV 2017-02-07..2021-07-07 president
Ariel Henry|m|HTI GOV 2021-07-20..2024-04-25 prime minister
"""

_ROLE = re.compile(r"^(?P<c>[A-Z]{3}(?::[A-Z0-9]+)?) (?P<s>[A-Z]{3}) (?P<a>[\d-]*)\.\.(?P<b>[\d-]*) (?P<t>.+)$")


class KBDataError(ValueError):
    """A built-in table row cannot be read (a bug in this module's data)."""


def _role(text: str, row: str) -> Role:
    m = _ROLE.match(text.strip())
    if not m:
        raise KBDataError(f"bad role {text!r} in row {row!r}: expected 'CTRY SEC START..END title'")
    country, _, org = m["c"].partition(":")
    start = date.fromisoformat(m["a"]) if m["a"] else None
    end = date.fromisoformat(m["b"]) if m["b"] else None
    return Role(country, m["s"], m["t"], org or None, start, end)


def people_entries() -> list[KBEntry]:
    out: list[KBEntry] = []
    for i, row in enumerate(_PEOPLE.strip().splitlines()):
        names, gender, roles = row.split("|")
        alias = [n.strip() for n in names.split(";") if n.strip()]
        slug = re.sub(r"[^a-z0-9]+", "-", alias[0].lower()).strip("-")
        out.append(
            KBEntry(
                f"ng:person/{slug}",
                alias[0],
                "person",
                tuple(alias[1:]),
                tuple(_role(r, row) for r in roles.split(" / ")),
                gender=gender or None,
            )
        )
    return out
