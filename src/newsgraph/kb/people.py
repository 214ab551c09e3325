"""Political office holders with dated roles (G20 here; others in ``people_more``).

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
Annegret Kramp-Karrenbauer|f|DEU GOV 2019-07-17..2021-12-08 defence minister
Christine Lambrecht|f|DEU GOV 2021-12-08..2023-01-19 defence minister
Boris Pistorius|m|DEU GOV 2023-01-19.. defence minister
Silvio Berlusconi;Berlusconi|m|ITA GOV 2008-05-08..2011-11-16 prime minister
Mario Monti|m|ITA GOV 2011-11-16..2013-04-28 prime minister
Enrico Letta|m|ITA GOV 2013-04-28..2014-02-22 prime minister
Matteo Renzi|m|ITA GOV 2014-02-22..2016-12-12 prime minister
Paolo Gentiloni|m|ITA GOV 2014-10-31..2016-12-12 foreign minister / ITA GOV 2016-12-12..2018-06-01 prime minister
Giuseppe Conte|m|ITA GOV 2018-06-01..2021-02-13 prime minister
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
Mauro Vieira|m|BRA GOV 2015-01-01..2016-05-12 foreign minister / BRA GOV 2023-01-01.. foreign minister
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
Khalid bin Salman|m|SAU GOV 2022-09-27.. defence minister
Ibrahim Kalin|m|TUR SPY 2023-06-05.. intelligence chief
Ajit Doval|m|IND GOV 2014-05-30.. national security adviser
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
Alexei Navalny;Navalny|m|RUS OPP 2008-01-01..2024-02-16 opposition leader
Stephane Dion|m|CAN GOV 2015-11-04..2017-01-10 foreign minister
Francois-Philippe Champagne|m|CAN GOV 2019-11-20..2021-01-12 foreign minister
Marc Garneau|m|CAN GOV 2021-01-12..2021-10-26 foreign minister
Harjit Sajjan|m|CAN GOV 2015-11-04..2021-10-26 defence minister
Franco Frattini|m|ITA GOV 2008-05-08..2011-11-16 foreign minister
Emma Bonino|f|ITA GOV 2013-04-28..2014-02-22 foreign minister
Roberta Pinotti|f|ITA GOV 2014-02-22..2018-06-01 defence minister
Elisabetta Trenta|f|ITA GOV 2018-06-01..2019-09-05 defence minister
Manohar Parrikar|m|IND GOV 2014-11-09..2017-03-13 defence minister
Linda Reynolds|f|AUS GOV 2019-05-29..2021-03-30 defence minister
Peter Dutton|m|AUS GOV 2021-03-30..2022-05-23 defence minister
Sjafrie Sjamsoeddin|m|IDN GOV 2024-10-21.. defence minister
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
    """G20 office holders (this module) and the rest (``people_more``)."""
    from newsgraph.kb.people_more import ROWS

    out: list[KBEntry] = []
    for i, row in enumerate((_PEOPLE.strip() + "\n" + ROWS.strip()).splitlines()):
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
